using Microsoft.Extensions.Diagnostics.HealthChecks;
using TutorBot.Bot.Storage;

namespace TutorBot.Bot.Hosting.Health;

/// <summary>
/// The state store, as its last calls found it (<see cref="StateStoreStatus"/>): healthy while reads and writes work;
/// degraded while either fails, with <c>reads</c> and/or <c>writes</c> holding the fault (<c>full</c>, <c>readOnly</c>,
/// <c>corrupt</c>, <c>unavailable</c>), since when and the store's message. Questions are answered either way.
/// </summary>
internal sealed class StorageHealthCheck(StateStoreStatus status) : IHealthCheck
{
    public const string Name = "storage";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (reads, writes) = (status.Reads, status.Writes);
        if (reads is null && writes is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        var data = new Dictionary<string, object>();
        if (reads is not null)
        {
            data["reads"] = Describe(reads);
        }

        if (writes is not null)
        {
            data["writes"] = Describe(writes);
        }

        return Task.FromResult(HealthCheckResult.Degraded(data: data));
    }

    private static Dictionary<string, object> Describe(StoreFault fault) => new()
    {
        ["fault"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(fault.Fault.ToString()),
        ["since"] = fault.Since,
        ["error"] = fault.Message,
    };
}
