using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Evaluation;

/// <summary>Runs a labelled query set through any <see cref="IKnowledgeSearch"/> and scores it.</summary>
public sealed class RetrievalEvaluator(IKnowledgeSearch search)
{
    /// <summary>Searches every case with <paramref name="top"/> hits and computes the report.</summary>
    public async Task<EvalReport> EvaluateAsync(IEnumerable<EvalCase> cases, int top, CancellationToken cancellationToken)
    {
        var results = new List<EvalCaseResult>();
        foreach (var evalCase in cases)
        {
            var result = await search.SearchAsync(new SearchQuery(evalCase.Query, top), cancellationToken);
            var returned = result.Hits.Select(h => h.Entry.Id).ToList();
            var rank = returned.FindIndex(id => evalCase.Expect.Contains(id, StringComparer.OrdinalIgnoreCase)) + 1;
            results.Add(new EvalCaseResult(evalCase, returned, rank));
        }

        var inDomain = results.Where(r => !r.Case.OutOfDomain).ToList();
        var outOfDomain = results.Where(r => r.Case.OutOfDomain).ToList();
        return new EvalReport(
            Rank(inDomain),
            Rank(inDomain.Where(r => r.Case.Language == Language.Chinese).ToList()),
            Rank(inDomain.Where(r => r.Case.Language == Language.English).ToList()),
            outOfDomain.Count,
            outOfDomain.Count == 0 ? 1 : outOfDomain.Count(r => r.Passed) / (double)outOfDomain.Count,
            results);
    }

    private static RankingMetrics Rank(IReadOnlyList<EvalCaseResult> results)
    {
        if (results.Count == 0)
        {
            return new RankingMetrics(0, 0, 0, 0);
        }

        double n = results.Count;
        return new RankingMetrics(
            results.Count,
            results.Count(r => r.Rank == 1) / n,
            results.Count(r => r.Rank is >= 1 and <= 3) / n,
            results.Sum(r => r.Rank > 0 ? 1.0 / r.Rank : 0) / n);
    }
}
