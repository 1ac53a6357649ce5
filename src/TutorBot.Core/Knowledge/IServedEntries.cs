namespace TutorBot.Core.Knowledge;

/// <summary>
/// The published entries as the index in service holds them: what search can return, without reading the knowledge
/// files again. Empty when no index could be built.
/// </summary>
public interface IServedEntries
{
    /// <summary>Every entry in service, ordered by id.</summary>
    Task<IReadOnlyList<KnowledgeEntry>> EntriesAsync(CancellationToken cancellationToken);
}
