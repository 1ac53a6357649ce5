namespace TutorBot.Bot.Hosting;

/// <summary><c>GET /healthz</c>: 200 once the knowledge index is loaded, 503 before (or when it could not be loaded).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IndexReadiness readiness) => readiness.IsReady
            ? Results.Ok(new { status = "ready", entries = readiness.Report!.Entries })
            : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
