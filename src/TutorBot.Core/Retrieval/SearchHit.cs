using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Retrieval;

/// <summary>
/// An entry found for a query. <paramref name="Score"/> is the engine's relevance score (BM25, higher is better,
/// only comparable within one result). <paramref name="Coverage"/> is the share, 0 to 1, of the query's content
/// (weighted by rarity) that the entry contains. <see cref="Unmatched"/> lists the query's analysed terms the
/// entry does not contain (for explaining a result and for improving aliases).
/// </summary>
public sealed record SearchHit(KnowledgeEntry Entry, double Score, double Coverage)
{
    /// <summary>The query terms (as analysed: lower-cased, stemmed) this entry lacks.</summary>
    public IReadOnlyList<string> Unmatched { get; init; } = [];
}
