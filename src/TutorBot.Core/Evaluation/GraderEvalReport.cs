namespace TutorBot.Core.Evaluation;

/// <summary>
/// How a grader's scores agree with labelled answers. <see cref="Agreement"/>: share of answers whose score falls
/// in its label's band (excellent ≥ 7, partial 3 to below 7, wrong below 3, off-topic and empty exactly 0).
/// <see cref="PairOrder"/>: share of same-question pairs with different labels (excellent, partial, wrong) that
/// the scores order like the labels. <see cref="OrderViolations"/> names each question where some excellent
/// answer does not score above every partial one, or some partial above every wrong one.
/// <see cref="ZeroViolations"/> lists off-topic or empty answers that scored above 0.
/// </summary>
public sealed record GraderEvalReport(
    IReadOnlyList<(GraderEvalCase Case, double Score)> Results,
    double Agreement,
    double PairOrder,
    IReadOnlyList<string> OrderViolations,
    IReadOnlyList<GraderEvalCase> ZeroViolations)
{
    /// <summary>Share of answers labelled with a common mistake whose grade names that mistake; null when none is labelled.</summary>
    public double? MistakeRecall { get; init; }

    /// <summary>Share of answers labelled without a mistake (to entries that have some) whose grade names one anyway; null when there are none.</summary>
    public double? MistakeFalseAlarms { get; init; }

    /// <summary>Mean score per label.</summary>
    public IReadOnlyDictionary<GraderLabel, double> MeanByLabel =>
        Results.GroupBy(r => r.Case.Label).ToDictionary(g => g.Key, g => g.Average(r => r.Score));

    /// <summary>Agreement per label.</summary>
    public IReadOnlyDictionary<GraderLabel, double> AgreementByLabel =>
        Results.GroupBy(r => r.Case.Label).ToDictionary(g => g.Key, g => g.Count(r => GraderEvaluator.InBand(r.Case.Label, r.Score)) / (double)g.Count());
}
