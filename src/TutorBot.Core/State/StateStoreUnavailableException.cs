namespace TutorBot.Core.State;

/// <summary>
/// An <see cref="IStateStore"/> call failed for a reason of the store itself (a full disk, a read-only folder, a corrupt
/// database, an unreachable service), not because of the documents asked for. Nothing of a failed write was stored
/// and what was stored before is untouched. Backends throw it for their own failures, so callers can answer politely
/// (questions go on without stored history; interviews wait) without knowing the backend. The message names the store
/// and the cause; it holds no document contents.
/// </summary>
public sealed class StateStoreUnavailableException(StateStoreFault fault, StateOperation operation, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Why it failed.</summary>
    public StateStoreFault Fault { get; } = fault;

    /// <summary>What the call was doing.</summary>
    public StateOperation Operation { get; } = operation;

    /// <summary>The <see cref="StateStoreUnavailableException"/> in <paramref name="error"/> or its inner exceptions, or null.</summary>
    public static StateStoreUnavailableException? In(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is StateStoreUnavailableException found)
            {
                return found;
            }
        }

        return null;
    }
}
