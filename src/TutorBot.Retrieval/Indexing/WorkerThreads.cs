using System.Runtime.ExceptionServices;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Runs the same work on several dedicated threads at once (the calling thread being one of them) and waits for all.
/// The work is handed a token that is cancelled when the caller's is or when any of the threads fails; the first
/// failure is rethrown on the caller. Used for the index build instead of <c>Parallel.ForEach</c>, whose thread-pool
/// workers, blocked from time to time inside Lucene's writer, made the pool add threads that spun waiting for work:
/// a tenth of a build's CPU time on two cores.
/// </summary>
internal static class WorkerThreads
{
    public static void Run(int count, Action<CancellationToken> work, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;
        void Guarded()
        {
            try
            {
                work(stop.Token);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(ex), null);
                stop.Cancel();
            }
        }

        var others = Enumerable.Range(1, count - 1)
            .Select(i => new Thread(Guarded) { IsBackground = true, Name = $"index build {i}" })
            .ToList();
        others.ForEach(t => t.Start());
        Guarded();
        others.ForEach(t => t.Join());
        failure?.Throw();
    }
}
