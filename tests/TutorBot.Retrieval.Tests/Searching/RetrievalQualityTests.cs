using TutorBot.Core.Evaluation;
using TutorBot.Retrieval.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Retrieval.Tests.Searching;

/// <summary>The evaluation set (TestData/eval-dev.jsonl) through the real engine; the bar sits just under what it reaches.</summary>
public sealed class RetrievalQualityTests(SharedKnowledgeBase shared, ITestOutputHelper output) : IClassFixture<SharedKnowledgeBase>
{
    [Fact]
    public async Task EvaluationSetMeetsTheQualityBar()
    {
        using var reader = File.OpenText(RepoPaths.Eval("retrieval/seed-dev.jsonl"));
        var cases = await EvalSetReader.ReadAsync(reader, CancellationToken.None);

        var report = await new RetrievalEvaluator(shared.Kb.Search).EvaluateAsync(cases, 5, CancellationToken.None);

        output.WriteLine($"zh hit@1 {report.Chinese.HitAt1:F3} (n={report.Chinese.Queries}), en hit@1 {report.English.HitAt1:F3} (n={report.English.Queries}), MRR {report.All.Mrr:F3}, OOD rejected {report.OutOfDomainRejected:F3} (n={report.OutOfDomainQueries})");
        foreach (var failure in report.Failures)
        {
            output.WriteLine($"FAIL {failure.Case.Query} expected [{string.Join(",", failure.Case.Expect)}] got [{string.Join(",", failure.Returned)}]");
        }

        Assert.True(cases.Count >= 60, "the evaluation set needs at least 60 queries");
        Assert.True(report.Chinese.HitAt1 >= 0.93, $"Chinese hit@1 {report.Chinese.HitAt1:F3}");
        Assert.True(report.English.HitAt1 >= 0.95, $"English hit@1 {report.English.HitAt1:F3}");
        Assert.True(report.OutOfDomainRejected >= 0.85, $"out-of-domain rejected {report.OutOfDomainRejected:F3}");
    }
}
