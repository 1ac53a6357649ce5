using TutorBot.Core.Evaluation;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Tests.Evaluation;

public sealed class RetrievalEvaluatorTests
{
    // A search with fixed answers: the evaluator's arithmetic is what is under test here.
    private sealed class FixedSearch(Dictionary<string, string[]> answers) : IKnowledgeSearch
    {
        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            Task.FromResult(new SearchResult(query.Text, answers[query.Text].Select(Hit).ToList(), []));

        private static SearchHit Hit(string id) =>
            new(new KnowledgeEntry { Id = id, Pack = "p", Question = id, Answer = "a" }, 1, 1);
    }

    [Fact]
    public async Task ComputesHitRatesMrrAndOutOfDomainShareByLanguage()
    {
        var search = new FixedSearch(new()
        {
            ["什么是幻觉"] = ["q11"],
            ["层归一化"] = ["q06", "q03"],
            ["what is kl"] = ["q01", "q02", "q03", "q15"],
            ["bake bread"] = [],
            ["天气"] = ["q01"],
        });
        var cases = new List<EvalCase>
        {
            new("什么是幻觉", ["q11"]),
            new("层归一化", ["q03"]),
            new("what is kl", ["q15"]),
            new("bake bread", []),
            new("天气", []),
        };

        var report = await new RetrievalEvaluator(search).EvaluateAsync(cases, 5, CancellationToken.None);

        Assert.Equal(0.5, report.Chinese.HitAt1);
        Assert.Equal(1.0, report.Chinese.HitAt3);
        Assert.Equal(0.75, report.Chinese.Mrr);
        Assert.Equal(0.0, report.English.HitAt3);
        Assert.Equal(0.25, report.English.Mrr);
        Assert.Equal(0.5, report.OutOfDomainRejected);
        Assert.Equal(3, report.Failures.Count());
    }

    [Fact]
    public async Task ReadsJsonLinesAndNamesTheBadLine()
    {
        var good = await EvalSetReader.ReadAsync(new StringReader("{\"q\": \"x\", \"expect\": [\"q01\"]}\n\n{\"q\": \"y\", \"expect\": []}\n"), CancellationToken.None);
        var bad = await Assert.ThrowsAsync<FormatException>(() =>
            EvalSetReader.ReadAsync(new StringReader("{\"q\": \"x\", \"expect\": []}\n{\"q\": \"y\"}\n"), CancellationToken.None));

        Assert.Equal(2, good.Count);
        Assert.True(good[1].OutOfDomain);
        Assert.StartsWith("line 2", bad.Message, StringComparison.Ordinal);
    }
}
