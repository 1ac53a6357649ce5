using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A host's state store that, after reading reminder documents (<c>reminder/…</c> keys only), waits at a
/// <see cref="ReadBarrier"/> shared with other hosts, so that their claims race on the same versions.
/// </summary>
internal sealed class BarrierStateStore(IStateStore inner, ReadBarrier barrier) : IStateStore
{
    public async Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var read = await inner.ReadAsync(keys, cancellationToken);
        if (keys.Count > 0 && keys.All(k => k.StartsWith("reminder/", StringComparison.Ordinal)))
        {
            await barrier.ArriveAsync();
        }

        return read;
    }

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}
