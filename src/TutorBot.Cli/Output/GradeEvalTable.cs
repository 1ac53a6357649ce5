using TutorBot.Core.Evaluation;

namespace TutorBot.Cli.Output;

/// <summary>A grader evaluation as a table per label, the overall figures, and optionally every answer.</summary>
internal static class GradeEvalTable
{
    public static void Write(TextWriter output, GraderEvalReport report, bool details)
    {
        output.WriteLine($"{"label",-10} {"n",4} {"mean",6} {"in band",8}");
        foreach (var label in Enum.GetValues<GraderLabel>().Reverse())
        {
            var n = report.Results.Count(r => r.Case.Label == label);
            if (n > 0)
            {
                output.WriteLine($"{label,-10} {n,4} {report.MeanByLabel[label],6:F2} {report.AgreementByLabel[label],8:F3}");
            }
        }

        output.WriteLine($"agreement with labels: {report.Agreement:F3} ({report.Results.Count} answers; bands: excellent >= 7, partial 3-7, wrong < 3, off-topic/empty = 0)");
        output.WriteLine($"same-question pairs ordered like their labels: {report.PairOrder:F3}");
        if (report.MistakeRecall is { } recall)
        {
            output.WriteLine($"common mistakes recognised: {recall:F3} of the answers labelled with one; named wrongly in {report.MistakeFalseAlarms ?? 0:F3} of the others");
        }
        output.WriteLine(report.OrderViolations.Count == 0
            ? "excellent > partial > wrong on every question"
            : "order violations: " + string.Join("; ", report.OrderViolations));
        output.WriteLine(report.ZeroViolations.Count == 0
            ? "off-topic and empty answers: all 0"
            : "off-topic/empty answers above 0 (lines): " + string.Join(", ", report.ZeroViolations.Select(c => c.Line)));
        if (!details)
        {
            return;
        }

        foreach (var (c, score) in report.Results)
        {
            var mark = GraderEvaluator.InBand(c.Label, score) ? " " : "x";
            var answer = c.Answer.Length > 60 ? c.Answer[..60] + "…" : c.Answer;
            output.WriteLine($"{mark} {c.EntryId} {c.Label,-9} {score,4:0.#}  {answer}");
        }
    }
}
