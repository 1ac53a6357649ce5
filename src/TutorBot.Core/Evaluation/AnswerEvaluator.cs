using TutorBot.Core.Answering;

namespace TutorBot.Core.Evaluation;

/// <summary>Runs a labelled query set through an <see cref="ITutor"/> and measures answers, prompt sizes and overhead.</summary>
public sealed class AnswerEvaluator(ITutor tutor)
{
    /// <summary>Asks every case as a one-off question; <paramref name="mode"/> names the configuration in the report.</summary>
    public async Task<AnswerEvalReport> EvaluateAsync(IReadOnlyList<EvalCase> cases, string mode, CancellationToken cancellationToken)
    {
        var correct = 0;
        var declined = 0;
        var llm = 0;
        var fallbacks = 0;
        var tokens = new List<int>();
        var overheads = new List<double>();
        var failures = new List<string>();
        foreach (var evalCase in cases)
        {
            var answer = await tutor.AnswerAsync(Question.Ask(evalCase.Query), cancellationToken);
            var d = answer.Diagnostics;
            overheads.Add(d.Overhead.TotalMilliseconds);
            if (d.PromptTokens > 0)
            {
                tokens.Add(d.PromptTokens);
                if (answer.Mode == AnswerMode.Llm) llm++; else fallbacks++;
            }

            var first = answer.Citations.Count > 0 ? answer.Citations[0].EntryId : null;
            var passed = evalCase.OutOfDomain
                ? !answer.Answered
                : answer.Answered && first is not null && evalCase.Expect.Contains(first, StringComparer.OrdinalIgnoreCase);
            if (passed)
            {
                if (evalCase.OutOfDomain) declined++; else correct++;
            }
            else
            {
                failures.Add($"{evalCase.Query}  expected {(evalCase.OutOfDomain ? "(declined)" : string.Join(",", evalCase.Expect))}, got {(answer.Answered ? first ?? "(no citation)" : "(declined)")}");
            }
        }

        var inDomain = cases.Count(c => !c.OutOfDomain);
        var outOfDomain = cases.Count - inDomain;
        tokens.Sort();
        overheads.Sort();
        return new AnswerEvalReport(
            mode,
            inDomain,
            inDomain == 0 ? 0 : correct / (double)inDomain,
            outOfDomain,
            outOfDomain == 0 ? 1 : declined / (double)outOfDomain,
            llm,
            fallbacks,
            tokens.Count == 0 ? 0 : tokens[tokens.Count / 2],
            tokens.Count == 0 ? 0 : tokens[^1],
            Percentile(overheads, 0.50),
            Percentile(overheads, 0.99),
            failures);
    }

    // Nearest-rank percentile of sorted values.
    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
