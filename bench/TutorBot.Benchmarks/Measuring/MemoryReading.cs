using System.Diagnostics;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// Memory of this process at one moment: <paramref name="WorkingSetMb"/> is resident memory (what the OS sees);
/// <paramref name="GcLiveMb"/> is the managed memory that survived a full, blocking, compacting collection (what the
/// process really holds on to); <paramref name="GcHeapMb"/> is the size of the managed heap after that collection.
/// </summary>
internal sealed record MemoryReading(double WorkingSetMb, double GcLiveMb, double GcHeapMb)
{
    /// <summary>
    /// Reads memory once the caller's stack has unwound. Right after an awaited build, the caller runs inline in the
    /// build's completion, whose frames (holding the whole knowledge snapshot) are still on the stack: read there, the
    /// GC counted some 190 MB of a 100k build as live that a heap dump a moment later showed to be garbage.
    /// </summary>
    public static async Task<MemoryReading> TakeAsync()
    {
        await Task.Yield();
        return Take();
    }

    public static MemoryReading Take()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(process.WorkingSet64 / 1048576.0, info.PromotedBytes / 1048576.0, info.HeapSizeBytes / 1048576.0);
    }

    public override string ToString() => $"working set {WorkingSetMb:0} MB, GC live {GcLiveMb:0} MB (heap {GcHeapMb:0} MB)";
}
