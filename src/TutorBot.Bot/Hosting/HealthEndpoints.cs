namespace TutorBot.Bot.Hosting;

/// <summary>
/// <c>GET /healthz</c>: 503 <c>loading</c> while the knowledge index is built, 503 <c>unavailable</c> with the error
/// when no index could be loaded; 200 <c>ready</c> once one is in service, or 200 <c>degraded</c> when the
/// knowledge files have problems and the last good index is served instead: then <c>problems</c> lists them as
/// "file:line: message" (the first <see cref="MaxProblemsShown"/>; <c>problemCount</c> has them all).
/// </summary>
internal static class HealthEndpoints
{
    public const int MaxProblemsShown = 20;

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IndexReadiness readiness) => readiness switch
        {
            { IsReady: true, Report.Problems.Count: 0 } => Results.Ok(new { status = "ready", entries = readiness.Report!.Entries }),
            { IsReady: true, Report: { } report } => Results.Ok(new
            {
                status = "degraded",
                entries = report.Entries,
                knowledge = "the knowledge files have problems; the last good index is served",
                problemCount = report.Problems.Count,
                problems = report.Problems.Take(MaxProblemsShown).Select(p => p.ToString()).ToList(),
            }),
            { Failure: { } failure } => Results.Json(new { status = "unavailable", error = failure }, statusCode: StatusCodes.Status503ServiceUnavailable),
            { Report: { } empty } => Results.Json(
                new { status = "unavailable", error = "no index is in service", problemCount = empty.Problems.Count, problems = empty.Problems.Take(MaxProblemsShown).Select(p => p.ToString()).ToList() },
                statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable),
        });
        return app;
    }
}
