using TutorBot.Core.Evaluation;
using TutorBot.Core.Knowledge;
using TutorBot.Retrieval.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Retrieval.Tests.Grading;

/// <summary>The no-LLM grader on the labelled answers of tests/eval/grading (both languages; see its README).</summary>
public sealed class GraderQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    // Bars sit a little under what the grader reached: tune (the set the mistake penalty was set on) 0.869
    // agreement and 0.975 pair order; holdout (never tuned on) 0.906 and 0.995 (docs/interview.md).
    [Theory]
    [InlineData("grading/tune", 0.84, 0.95)]
    [InlineData("grading/holdout", 0.88, 0.97)]
    public async Task OrdersExcellentAbovePartialAboveWrongOnTheCurriculumLabels(string set, double minAgreement, double minPairOrder)
    {
        var cases = await ReadLabelsAsync(set);
        var entries = (await _kb.Source.LoadAsync(CancellationToken.None)).Published.ToList();

        var report = await GraderEvaluator.EvaluateAsync(_kb.Grader, entries, cases, CancellationToken.None);

        output.WriteLine($"agreement {report.Agreement:F3}, pair order {report.PairOrder:F3}, mistakes recognised {report.MistakeRecall:F3}, false alarms {report.MistakeFalseAlarms:F3}, answers {report.Results.Count}");
        output.WriteLine("order violations: " + string.Join("; ", report.OrderViolations));
        Assert.Empty(report.ZeroViolations);
        Assert.True(report.Agreement >= minAgreement, $"agreement {report.Agreement:F3}");
        Assert.True(report.PairOrder >= minPairOrder, $"pair order {report.PairOrder:F3}");
        Assert.True(report.MistakeRecall >= 0.25, $"mistakes recognised {report.MistakeRecall:F3}");
        Assert.True(report.MistakeFalseAlarms <= 0.05, $"mistakes named wrongly {report.MistakeFalseAlarms:F3}");
    }

    [Theory]
    [InlineData("grading/tune")]
    [InlineData("grading/holdout")]
    public async Task EachLabelledSetHasAHundredAndSixtyAnswersOnFortyEntriesHalfInEnglish(string set)
    {
        var cases = await ReadLabelsAsync(set);

        Assert.Equal(160, cases.Count);
        Assert.Equal(40, cases.Select(c => c.EntryId).Distinct().Count());
        Assert.Equal(80, cases.Count(c => Core.LanguageDetector.Detect(c.Answer) == Core.Language.English));
        Assert.Equal(40, cases.Count(c => c.Mistake is not null));
    }

    [Fact]
    public async Task TheSeedLabelsStillGiveOffTopicAndEmptyAnswersZero()
    {
        // Written against the seed's one-line answers: their "excellent" answers cover only part of the curated key
        // points that replaced them, so only the zero bands still hold (tests/eval/README.md).
        var cases = await ReadLabelsAsync("grading/seed/labels.jsonl");
        var entries = (await _kb.Source.LoadAsync(CancellationToken.None)).Published.ToList();

        var report = await GraderEvaluator.EvaluateAsync(_kb.Grader, entries, cases, CancellationToken.None);

        Assert.Empty(report.ZeroViolations);
        Assert.True(report.PairOrder >= 0.8, $"pair order {report.PairOrder:F3}");
    }

    public void Dispose() => _kb.Dispose();

    private static async Task<IReadOnlyList<GraderEvalCase>> ReadLabelsAsync(string relativePath)
    {
        var cases = new List<GraderEvalCase>();
        foreach (var file in RepoPaths.EvalFiles(relativePath))
        {
            using var reader = File.OpenText(file);
            cases.AddRange(await GraderLabelReader.ReadAsync(reader, CancellationToken.None));
        }

        return cases;
    }
}
