namespace TutorBot.Core.Knowledge;

/// <summary>
/// The knowledge base as read at one moment: every valid entry, every problem found, and a fingerprint of the
/// inputs (files and aliases) that changes whenever any of them changes. When <see cref="Problems"/> is not
/// empty the snapshot must not replace a good index.
/// </summary>
public sealed record KnowledgeSnapshot(
    IReadOnlyList<KnowledgeEntry> Entries,
    IReadOnlyList<KnowledgeProblem> Problems,
    string Fingerprint)
{
    /// <summary>The syllabus the entries' topics come from.</summary>
    public Syllabus Syllabus { get; init; } = Syllabus.Empty;

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The entries that are served (drafts are not).</summary>
    public IEnumerable<KnowledgeEntry> Published => Entries.Where(e => e.Status != EntryStatus.Draft);
}
