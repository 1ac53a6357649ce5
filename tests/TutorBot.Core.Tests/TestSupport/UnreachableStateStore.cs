using TutorBot.Core.State;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>A state store whose every call fails as a backend reports its own failure (a corrupt database, say), for tests of Core's callers.</summary>
internal sealed class UnreachableStateStore(StateStoreFault fault = StateStoreFault.Corrupt) : IStateStore
{
    public int Calls { get; private set; }

    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        throw Fail(StateOperation.Read);

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        throw Fail(StateOperation.Write);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => throw Fail(StateOperation.Delete);

    private StateStoreUnavailableException Fail(StateOperation operation)
    {
        Calls++;
        return new StateStoreUnavailableException(fault, operation, $"test store: {fault}");
    }
}
