namespace TutorBot.Core.Evaluation;

/// <summary>
/// Retrieval quality over a labelled query set: ranking metrics for all in-domain queries and split by the query's
/// language, and the share of out-of-domain queries that got no hit (1 when there were none).
/// </summary>
public sealed record EvalReport(
    RankingMetrics All,
    RankingMetrics Chinese,
    RankingMetrics English,
    int OutOfDomainQueries,
    double OutOfDomainRejected,
    IReadOnlyList<EvalCaseResult> Cases)
{
    /// <summary>The cases that did not pass, for a person to look at.</summary>
    public IEnumerable<EvalCaseResult> Failures => Cases.Where(c => !c.Passed);
}
