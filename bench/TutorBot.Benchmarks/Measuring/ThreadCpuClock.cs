using System.Runtime.InteropServices;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), in milliseconds. Unlike wall time it leaves out the
/// time the thread waited for a core, so on a machine shared with other work its percentiles show what a query costs
/// rather than how busy the machine was. Only meaningful for work that stays on the calling thread.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsSupported { get; } = OperatingSystem.IsLinux();

    public static double NowMs()
    {
        if (!IsSupported || ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            return 0;
        }

        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
