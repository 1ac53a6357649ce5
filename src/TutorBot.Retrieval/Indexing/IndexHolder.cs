namespace TutorBot.Retrieval.Indexing;

/// <summary>Holds the index generation in service and hands out leases on it to searches.</summary>
internal sealed class IndexHolder : IDisposable
{
    private OpenIndex? _current;

    /// <summary>The folder of the generation in service, or null.</summary>
    public string? Folder => Volatile.Read(ref _current)?.Folder;

    /// <summary>Puts <paramref name="next"/> in service; the previous generation closes when its last search ends.</summary>
    public void Swap(OpenIndex next) => Interlocked.Exchange(ref _current, next)?.Release();

    /// <summary>The generation in service with a reference taken, or null when none is loaded. Release it when done.</summary>
    public OpenIndex? Acquire()
    {
        while (Volatile.Read(ref _current) is { } index)
        {
            if (index.TryAcquire())
            {
                return index;
            }
        }

        return null;
    }

    public void Dispose() => Interlocked.Exchange(ref _current, null)?.Release();
}
