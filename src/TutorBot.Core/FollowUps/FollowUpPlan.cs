using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.FollowUps;

/// <summary>
/// How the tutor handles a follow-up: <paramref name="Reply"/> is a finished reply from the knowledge base; or
/// <paramref name="Query"/> is what to answer instead of the message ("RMSNorm" for "what about RMSNorm?"), and
/// <paramref name="PreviousTopic"/> the previous entry's topic, to say when the new answer shares it.
/// </summary>
public sealed record FollowUpPlan(GroundedAnswer? Reply, string? Query, SyllabusTopic? PreviousTopic)
{
    /// <summary>The entries <see cref="Reply"/> draws on, first cited first: the passages an LLM gets for it.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];
}
