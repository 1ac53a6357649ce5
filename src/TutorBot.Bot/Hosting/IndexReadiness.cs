using TutorBot.Core.Retrieval;

namespace TutorBot.Bot.Hosting;

/// <summary>
/// Whether the knowledge index is loaded. Starts not ready; <see cref="IndexWarmup"/> marks it ready (or failed)
/// once at start-up. Turns wait on <see cref="WhenReadyAsync"/> so an early question is answered, not refused.
/// </summary>
internal sealed class IndexReadiness
{
    private readonly TaskCompletionSource<IndexReport> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once an index with at least one entry is in service.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully && _ready.Task.Result.Entries > 0;

    /// <summary>The report of the start-up build, or null while it runs or when it failed.</summary>
    public IndexReport? Report => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result : null;

    /// <summary>Why the start-up build failed (no index is in service), or null.</summary>
    public string? Failure => _ready.Task.IsFaulted ? _ready.Task.Exception?.InnerException?.Message : _ready.Task.IsCanceled ? "cancelled" : null;

    public void MarkReady(IndexReport report) => _ready.TrySetResult(report);

    public void MarkFailed(Exception error) => _ready.TrySetException(error);

    /// <summary>Waits until the start-up build has finished; true when an index is in service.</summary>
    public async Task<bool> WhenReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _ready.Task.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return IsReady;
    }
}
