using System.Diagnostics;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// Memory of this process at one moment: <paramref name="WorkingSetMb"/> is resident memory (what the OS sees);
/// <paramref name="GcHeapMb"/> is managed memory still reachable after a full, compacting collection (what the
/// process really holds on to).
/// </summary>
internal sealed record MemoryReading(double WorkingSetMb, double GcHeapMb)
{
    public static MemoryReading Take()
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemoryReading(process.WorkingSet64 / 1048576.0, heap / 1048576.0);
    }

    public override string ToString() => $"working set {WorkingSetMb:0} MB, GC heap {GcHeapMb:0} MB";
}
