using TutorBot.Core.Evaluation;
using TutorBot.Core.Knowledge;
using TutorBot.Retrieval.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Retrieval.Tests.Grading;

/// <summary>The no-LLM grader on the labelled answers of TestData/grader-labels.jsonl (both languages, all 15 questions).</summary>
public sealed class GraderQualityTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    [Fact]
    public async Task OrdersExcellentAbovePartialAboveWrongAndGivesOffTopicAndEmptyZero()
    {
        var cases = await ReadLabelsAsync();
        var entries = (await _kb.Source.LoadAsync(CancellationToken.None)).Published.ToList();

        var report = await GraderEvaluator.EvaluateAsync(_kb.Grader, entries, cases, CancellationToken.None);

        output.WriteLine($"agreement {report.Agreement:F3}, pair order {report.PairOrder:F3}, answers {report.Results.Count}");
        output.WriteLine("order violations: " + string.Join("; ", report.OrderViolations));
        output.WriteLine("mean by label: " + string.Join(", ", report.MeanByLabel.Select(m => $"{m.Key} {m.Value:F2}")));
        foreach (var (c, score) in report.Results.Where(r => !GraderEvaluator.InBand(r.Case.Label, r.Score)))
        {
            var grade = await _kb.Grader.GradeAsync(entries.Single(e => e.Id == c.EntryId), c.Answer, CancellationToken.None);
            output.WriteLine($"out of band: {c.EntryId} {c.Label} {score}: {c.Answer}");
            foreach (var p in grade.Points)
            {
                output.WriteLine($"    {p.Coverage} {p.Share:F2} {p.Point.Text}");
            }
        }

        Assert.Empty(report.OrderViolations);
        Assert.Empty(report.ZeroViolations);
        Assert.True(report.Agreement >= 0.85, $"agreement {report.Agreement:F3}");
    }

    [Fact]
    public async Task LabelledSetCoversEveryQuestionInBothLanguages()
    {
        var cases = await ReadLabelsAsync();

        Assert.True(cases.Count >= 40);
        Assert.Equal(15, cases.Select(c => c.EntryId).Distinct().Count());
        Assert.Contains(cases, c => Core.LanguageDetector.Detect(c.Answer) == Core.Language.Chinese);
        Assert.Contains(cases, c => c.Answer.Length > 0 && Core.LanguageDetector.Detect(c.Answer) == Core.Language.English);
        Assert.All(Enum.GetValues<GraderLabel>(), label => Assert.Contains(cases, c => c.Label == label));
    }

    public void Dispose() => _kb.Dispose();

    private static async Task<IReadOnlyList<GraderEvalCase>> ReadLabelsAsync()
    {
        using var reader = File.OpenText(RepoPaths.TestData("grader-labels.jsonl"));
        return await GraderLabelReader.ReadAsync(reader, CancellationToken.None);
    }
}
