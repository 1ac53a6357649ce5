using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TutorBot.Bot.Hosting.Health;

/// <summary>
/// The knowledge index: healthy once an index is in service (<c>entries</c>); degraded when the knowledge files have
/// problems and the last good index is served (<c>problemCount</c>, the first <see cref="MaxProblemsShown"/>
/// <c>problems</c> as "file:line: message"); unhealthy while it loads (<c>state: loading</c>) or when no index could be
/// loaded (<c>state: unavailable</c>, with the <c>error</c>).
/// </summary>
internal sealed class KnowledgeHealthCheck(IndexReadiness readiness) : IHealthCheck
{
    public const string Name = "knowledge";
    public const int MaxProblemsShown = 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness switch
        {
            { IsReady: true, Report.Problems.Count: 0 } => HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                ["entries"] = readiness.Report!.Entries,
            }),
            { IsReady: true, Report: { } report } => HealthCheckResult.Degraded(data: new Dictionary<string, object>
            {
                ["entries"] = report.Entries,
                ["knowledge"] = "the knowledge files have problems; the last good index is served",
                ["problemCount"] = report.Problems.Count,
                ["problems"] = Problems(report),
            }),
            { Failure: { } failure } => HealthCheckResult.Unhealthy(data: new Dictionary<string, object>
            {
                ["state"] = "unavailable",
                ["error"] = failure,
            }),
            { Report: { } empty } => HealthCheckResult.Unhealthy(data: new Dictionary<string, object>
            {
                ["state"] = "unavailable",
                ["error"] = "no index is in service",
                ["problemCount"] = empty.Problems.Count,
                ["problems"] = Problems(empty),
            }),
            _ => HealthCheckResult.Unhealthy(data: new Dictionary<string, object> { ["state"] = "loading" }),
        });

    private static List<string> Problems(Core.Retrieval.IndexReport report) =>
        report.Problems.Take(MaxProblemsShown).Select(p => p.ToString()).ToList();
}
