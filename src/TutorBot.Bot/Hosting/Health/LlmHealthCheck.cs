using Microsoft.Extensions.Diagnostics.HealthChecks;
using TutorBot.Grounding;

namespace TutorBot.Bot.Hosting.Health;

/// <summary>
/// The LLM's circuit breaker (<see cref="LlmCircuit"/>): healthy while closed (<c>circuit: closed</c>); degraded while
/// open or half-open, with when it opened, when a probe may go through and the failure that opened it; answers then
/// come from the knowledge base with a notice. <c>status: off</c> when no LLM is configured.
/// </summary>
internal sealed class LlmHealthCheck(LlmOptions options, LlmCircuit circuit) : IHealthCheck
{
    public const string Name = "llm";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (options.Provider == LlmProvider.None)
        {
            return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["status"] = "off" }));
        }

        var status = circuit.Status;
        if (status.State == LlmCircuitState.Closed)
        {
            return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["circuit"] = "closed" }));
        }

        var data = new Dictionary<string, object>
        {
            ["circuit"] = status.State == LlmCircuitState.Open ? "open" : "halfOpen",
            ["answers"] = "from the knowledge base, with a notice, until the LLM answers a probe",
        };
        Add(data, "openedAt", status.OpenedAt);
        Add(data, "probeAfter", status.ProbeAfter);
        Add(data, "lastFailure", status.LastFailure);
        return Task.FromResult(HealthCheckResult.Degraded(data: data));
    }

    private static void Add(Dictionary<string, object> data, string key, object? value)
    {
        if (value is not null)
        {
            data[key] = value;
        }
    }
}
