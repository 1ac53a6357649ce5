using TutorBot.Core.State;

namespace TutorBot.Bot.Storage;

/// <summary>
/// At start-up, reads and writes one small document (<c>health/state-store</c>) through the host's store, so that a
/// database that is damaged, a read-only data folder or a full disk is logged at once (by
/// <see cref="StateStoreStatus"/>) and shown on <c>/healthz</c>, not at the first learner's turn. Never stops the host.
/// </summary>
internal sealed class StateStoreCheck(IStateStore store, TimeProvider clock) : BackgroundService
{
    public const string Key = "health/state-store";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await store.ReadAsync([Key], stoppingToken);
            var json = System.Text.Json.JsonSerializer.Serialize(new { checkedAt = clock.GetUtcNow() });
            await store.WriteAsync(new Dictionary<string, StoredItem> { [Key] = new(json, StoredItem.AnyETag) }, stoppingToken);
        }
        catch (StateStoreUnavailableException)
        {
            // Logged and recorded by the store's monitor.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
