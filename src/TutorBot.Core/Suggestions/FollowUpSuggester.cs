using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Suggestions;

/// <summary>
/// Proposes follow-up questions to offer under an answer: questions of other entries on the same topics (the cited
/// entries' tags, else the near misses; entries of the cited entries' syllabus topic first), written in the reply language, each kept only when asking it retrieves its
/// own entry first, so every suggestion is one the knowledge base can actually answer.
/// </summary>
public sealed class FollowUpSuggester(IKnowledgeSearch search)
{
    private const int Candidates = 10;
    private const double MinCloseness = 0.5;
    private const double SameTopicWeight = 1.5;

    /// <summary>Up to <paramref name="max"/> questions, best first; empty when none qualifies or <paramref name="max"/> is 0.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(GroundedAnswer answer, int max, CancellationToken cancellationToken)
    {
        if (max <= 0 || string.IsNullOrWhiteSpace(answer.Question.Text))
        {
            return [];
        }

        var cited = answer.Citations.Select(c => c.EntryId).ToHashSet(StringComparer.Ordinal);
        // An entry that shares several of the answer's topics, and shares them strongly, is the closest follow-up:
        // its coverage is summed over the topic queries.
        var closeness = new Dictionary<string, (KnowledgeEntry Entry, double Sum)>(StringComparer.Ordinal);
        foreach (var (query, reusable) in TopicQueries(answer))
        {
            var result = await search.SearchAsync(new SearchQuery(query, Candidates) { Reusable = reusable }, cancellationToken);
            foreach (var hit in result.Hits.Concat(result.NearMisses))
            {
                var sum = closeness.TryGetValue(hit.Entry.Id, out var seen) ? seen.Sum : 0;
                closeness[hit.Entry.Id] = (hit.Entry, sum + hit.Coverage);
            }
        }

        // Near misses alone (coverage under a hit's) make loose suggestions: a candidate needs a hit's worth in all.
        // An entry of the same syllabus topic as a cited one is the natural next question and counts more.
        var topics = answer.Citations.Select(c => c.Topic?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var candidates = closeness.Values.Where(c => c.Sum >= MinCloseness)
            .OrderByDescending(c => c.Sum * (c.Entry.Topic is { } t && topics.Contains(t.Id) ? SameTopicWeight : 1))
            .Select(c => c.Entry);
        var suggestions = new List<string>();
        foreach (var entry in candidates.Where(e => !cited.Contains(e.Id) && e.Status != EntryStatus.Draft))
        {
            var text = entry.QuestionIn(answer.Language);
            if (!suggestions.Contains(text) && await AnswersItselfAsync(entry, text, cancellationToken))
            {
                suggestions.Add(text);
                if (suggestions.Count == max)
                {
                    break;
                }
            }
        }

        return suggestions;
    }

    // The tags and "did you mean" questions come from the knowledge base, so every answer citing the same entries
    // asks them alike (reusable); the retrieval query is the user's own.
    private static IReadOnlyList<(string Query, bool Reusable)> TopicQueries(GroundedAnswer answer) =>
        answer.Citations.SelectMany(c => c.Tags)
            .Concat(answer.DidYouMean)
            .Select(q => (Query: q, Reusable: true))
            .Append((Query: answer.Diagnostics.RetrievalQuery, Reusable: false))
            .Where(q => !string.IsNullOrWhiteSpace(q.Query))
            .DistinctBy(q => q.Query)
            .ToList();

    private async Task<bool> AnswersItselfAsync(KnowledgeEntry entry, string text, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(new SearchQuery(text, 1) { Reusable = true }, cancellationToken);
        return result.Found && result.Hits[0].Entry.Id == entry.Id;
    }
}
