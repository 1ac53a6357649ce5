using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// Only where this machine cannot produce the real fault (<see cref="FaultyFolder.CanFill"/>,
/// <see cref="FaultyFolder.CanMakeReadOnly"/>): the real store, with its writes (and, for a read-only folder, its reads)
/// refused while <see cref="Switch.On"/>, as SQLite refuses them on a full disk or a read-only folder.
/// </summary>
internal sealed class RefusingStateStore(IStateStore inner, RefusingStateStore.Switch refusal) : IStateStore
{
    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        refusal.Check(StateOperation.Read);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        refusal.Check(StateOperation.Write);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        refusal.Check(StateOperation.Delete);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>Which fault to stand in for, whether reads are refused too, and whether it is on now.</summary>
    public sealed class Switch(StateStoreFault fault, bool reads)
    {
        public bool On { get; set; }

        public void Check(StateOperation operation)
        {
            if (On && (reads || operation != StateOperation.Read))
            {
                var cause = fault == StateStoreFault.Full ? "the disk is full" : "the data folder or the database is read-only";
                throw new StateStoreUnavailableException(fault, operation, $"state database (a test stand-in, this machine cannot produce the fault): {cause}");
            }
        }
    }
}
