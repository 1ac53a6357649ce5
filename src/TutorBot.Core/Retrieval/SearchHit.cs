using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Retrieval;

/// <summary>
/// An entry found for a query. <paramref name="Score"/> is the engine's relevance score (BM25, higher is better,
/// only comparable within one result). <paramref name="Coverage"/> is the share, 0 to 1, of the query's content
/// (weighted by rarity) that the entry contains.
/// </summary>
public sealed record SearchHit(KnowledgeEntry Entry, double Score, double Coverage);
