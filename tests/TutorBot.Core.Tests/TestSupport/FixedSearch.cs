using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>A search that returns the same hits and near misses for every query, and remembers the queries.</summary>
internal sealed class FixedSearch(IReadOnlyList<SearchHit> hits, IReadOnlyList<SearchHit>? nearMisses = null) : IKnowledgeSearch
{
    public List<string> Queries { get; } = [];

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        Queries.Add(query.Text);
        return Task.FromResult(new SearchResult(query.Text, hits, nearMisses ?? []));
    }

    public static KnowledgeEntry Entry(string id, string question, string answer, string? questionEn = null) =>
        new() { Id = id, Pack = "test", Question = question, QuestionEn = questionEn, Answer = answer, Sources = [$"https://example.org/{id}"] };
}
