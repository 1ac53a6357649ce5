using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TutorBot.Bot.Hosting.Health;

/// <summary>
/// <c>GET /healthz</c>, ASP.NET Core health checks with one JSON answer. <c>status</c> is <c>loading</c> (503) while
/// the knowledge index is built, <c>unavailable</c> (503, with <c>error</c>) when no index could be loaded, else
/// <c>ready</c> (200) or <c>degraded</c> (200) when any part is: the knowledge files have problems (<c>problems</c> as
/// "file:line: message", the first 20; <c>problemCount</c>), the LLM's circuit is open (<c>llm</c>), or the state
/// store fails (<c>storage</c>). The knowledge fields sit at the top level; every other part has its own object
/// with its own <c>status</c>.
/// </summary>
internal static class HealthEndpoints
{
    public const string Path = "/healthz";

    public static IServiceCollection AddBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>(KnowledgeHealthCheck.Name)
            .AddCheck<LlmHealthCheck>(LlmHealthCheck.Name)
            .AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Dictionary<string, object?> { ["status"] = Status(report) };
        foreach (var (name, entry) in report.Entries)
        {
            if (name == KnowledgeHealthCheck.Name)
            {
                foreach (var (key, value) in entry.Data.Where(d => d.Key != "state"))
                {
                    body[key] = value;
                }

                continue;
            }

            var part = new Dictionary<string, object?> { ["status"] = entry.Status == HealthStatus.Healthy ? "healthy" : entry.Status.ToString().ToLowerInvariant() };
            foreach (var (key, value) in entry.Data)
            {
                part[key] = value;
            }

            if (entry.Exception is { } error)
            {
                part["error"] = error.Message;
            }

            body[name] = part;
        }

        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(body, context.RequestAborted);
    }

    private static string Status(HealthReport report)
    {
        if (report.Entries.TryGetValue(KnowledgeHealthCheck.Name, out var knowledge) && knowledge.Status == HealthStatus.Unhealthy)
        {
            return knowledge.Data.TryGetValue("state", out var state) ? (string)state : "unavailable";
        }

        return report.Status == HealthStatus.Healthy ? "ready" : report.Status == HealthStatus.Degraded ? "degraded" : "unavailable";
    }
}
