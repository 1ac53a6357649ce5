using TutorBot.Core.Evaluation;
using TutorBot.Retrieval.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Retrieval.Tests.Searching;

/// <summary>The evaluation sets of tests/eval/retrieval through the real engine.</summary>
public sealed class RetrievalQualityTests(SharedKnowledgeBase shared, ITestOutputHelper output) : IClassFixture<SharedKnowledgeBase>
{
    // Bars sit just under what the engine reached (tests/eval/README.md says what each set is): the seed set and the
    // tuning set were tuned on; holdout was measured before the last change; holdout-2 was written after it.
    [Theory]
    [InlineData("retrieval/seed-dev.jsonl", 0.83, 0.90, 0.78)]
    [InlineData("retrieval/tune", 0.78, 0.83, 0.90)]
    [InlineData("retrieval/holdout", 0.63, 0.68, 0.78)]
    [InlineData("retrieval/holdout-2", 0.62, 0.88, 0.80)]
    public async Task EvaluationSetMeetsTheQualityBar(string set, double chinese, double english, double outOfDomain)
    {
        var cases = new List<EvalCase>();
        foreach (var file in RepoPaths.EvalFiles(set))
        {
            using var reader = File.OpenText(file);
            cases.AddRange(await EvalSetReader.ReadAsync(reader, CancellationToken.None));
        }

        var report = await new RetrievalEvaluator(shared.Kb.Search).EvaluateAsync(cases, 5, CancellationToken.None);

        output.WriteLine($"zh hit@1 {report.Chinese.HitAt1:F3} (n={report.Chinese.Queries}), en hit@1 {report.English.HitAt1:F3} (n={report.English.Queries}), MRR {report.All.Mrr:F3}, OOD rejected {report.OutOfDomainRejected:F3} (n={report.OutOfDomainQueries})");
        Assert.True(cases.Count >= 60, "an evaluation set needs at least 60 queries");
        Assert.True(report.Chinese.HitAt1 >= chinese, $"Chinese hit@1 {report.Chinese.HitAt1:F3}");
        Assert.True(report.English.HitAt1 >= english, $"English hit@1 {report.English.HitAt1:F3}");
        Assert.True(report.OutOfDomainRejected >= outOfDomain, $"out-of-domain rejected {report.OutOfDomainRejected:F3}");
    }
}
