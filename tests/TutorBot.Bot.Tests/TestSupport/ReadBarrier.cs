namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// While <see cref="Armed"/>, holds each of <paramref name="parties"/> callers until all have arrived (5 s at most),
/// then lets them go together: several hosts then act on the same version of what they read.
/// </summary>
internal sealed class ReadBarrier(int parties)
{
    private readonly object _lock = new();
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public volatile bool Armed;

    public async Task ArriveAsync()
    {
        if (!Armed)
        {
            return;
        }

        Task all;
        lock (_lock)
        {
            all = _gate.Task;
            if (++_arrived == parties)
            {
                _gate.SetResult();
                _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _arrived = 0;
            }
        }

        await all.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
