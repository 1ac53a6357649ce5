using TutorBot.Core.State;

namespace TutorBot.Bot.Storage;

/// <summary>
/// What the host knows of its state store, from every call through <see cref="MonitoredStateStore"/>: whether reads
/// and whether writes currently fail, and why. Logs one error line when reads or writes start failing (or fail for a
/// new reason) and one warning when they work again, not a line per call. <c>/healthz</c> reports it.
/// </summary>
internal sealed class StateStoreStatus(TimeProvider clock, ILogger<StateStoreStatus> logger)
{
    private readonly Lock _lock = new();
    private StoreFault? _reads;
    private StoreFault? _writes;

    /// <summary>Why reads fail now; null while they work.</summary>
    public StoreFault? Reads
    {
        get
        {
            lock (_lock)
            {
                return _reads;
            }
        }
    }

    /// <summary>Why writes (and deletes) fail now; null while they work.</summary>
    public StoreFault? Writes
    {
        get
        {
            lock (_lock)
            {
                return _writes;
            }
        }
    }

    public void Failed(bool writing, StateStoreUnavailableException error)
    {
        bool changed;
        lock (_lock)
        {
            var current = writing ? _writes : _reads;
            changed = current is null || current.Fault != error.Fault;
            if (changed)
            {
                var fault = new StoreFault(error.Fault, error.Operation, clock.GetUtcNow(), error.Message);
                if (writing)
                {
                    _writes = fault;
                }
                else
                {
                    _reads = fault;
                }
            }
        }

        if (!changed)
        {
            logger.LogDebug("State store {Kind} still failing: {Error}", writing ? "write" : "read", error.Message);
        }
        else if (writing)
        {
            logger.LogError("State store cannot be written: {Error}. Questions are still answered; interview answers are not saved " +
                "(the user is asked to send them again) and everything stored before is kept", error.Message);
        }
        else
        {
            logger.LogError("State store cannot be read: {Error}. Questions are still answered, without follow-up memory; interviews, " +
                "progress and reminders wait until the store is repaired; nothing stored is changed or removed", error.Message);
        }
    }

    public void Succeeded(bool writing)
    {
        StoreFault? was;
        lock (_lock)
        {
            was = writing ? _writes : _reads;
            if (was is null)
            {
                return;
            }

            if (writing)
            {
                _writes = null;
            }
            else
            {
                _reads = null;
            }
        }

        logger.LogWarning("State store {Kind}s work again (they failed for {Seconds:0} s: {Fault})",
            writing ? "write" : "read", (clock.GetUtcNow() - was.Since).TotalSeconds, was.Fault);
    }
}
