using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Retrieval;

/// <summary>What happened to the index.</summary>
public enum IndexOutcome
{
    /// <summary>The index already matched the knowledge files; nothing was built.</summary>
    UpToDate,

    /// <summary>A new index was built and is now in service.</summary>
    Built,

    /// <summary>The knowledge files have problems; nothing was built and the last good index (if any) stays in service.</summary>
    Rejected,
}

/// <summary>
/// The result of making the index current. <paramref name="Entries"/> is the number of entries in the index now
/// in service (0 when there is none); <paramref name="Elapsed"/> covers loading, analysis and the swap.
/// </summary>
public sealed record IndexReport(
    IndexOutcome Outcome,
    int Entries,
    string Fingerprint,
    TimeSpan Elapsed,
    IReadOnlyList<KnowledgeProblem> Problems);
