namespace TutorBot.Core.Retrieval;

/// <summary>Finds the knowledge entries relevant to a question, or none. Safe to call from many threads.</summary>
public interface IKnowledgeSearch
{
    /// <summary>Searches the current index. Empty or whitespace text gives an empty result, not an error.</summary>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}
