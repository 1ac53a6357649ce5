using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Bot.Storage;

/// <summary>
/// The host's <see cref="IStateStore"/>: the configured backend, with every call's outcome reported to
/// <see cref="StateStoreStatus"/> (logs and <c>/healthz</c>), and a warning logged for each document set aside as
/// damaged (<see cref="DamagedRecords"/>: a write under <c>damaged/</c>). Calls and results pass through unchanged.
/// </summary>
internal sealed class MonitoredStateStore(IStateStore inner, StateStoreStatus status, ILogger<MonitoredStateStore> logger) : IStateStore
{
    public async Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var read = await ObserveAsync(writing: false, () => inner.ReadAsync(keys, cancellationToken));
        return read;
    }

    public async Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        var written = await ObserveAsync(writing: true, () => inner.WriteAsync(changes, cancellationToken));
        if (written.Succeeded)
        {
            foreach (var (key, item) in changes.Where(c => c.Key.StartsWith(DamagedRecords.Prefix, StringComparison.Ordinal)))
            {
                var damaged = JsonSerializer.Deserialize<DamagedRecord>(item.Json, StateJson.Options);
                logger.LogWarning("A stored document could not be read and was set aside: {Key} is kept as {AsideKey} ({Error}); its user starts afresh",
                    damaged?.Key, key, damaged?.Error);
            }
        }

        return written;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ObserveAsync(writing: true, async () =>
        {
            await inner.DeleteAsync(keys, cancellationToken);
            return true;
        });

    private async Task<T> ObserveAsync<T>(bool writing, Func<Task<T>> call)
    {
        try
        {
            var result = await call();
            status.Succeeded(writing);
            return result;
        }
        catch (StateStoreUnavailableException ex)
        {
            status.Failed(writing, ex);
            throw;
        }
    }
}
