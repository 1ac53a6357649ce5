using System.Diagnostics;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// Splits an index build into its phases through the public progress contract: the first report (0 done) marks
/// the end of loading the knowledge files and the start of analysis; the last (all done) marks the end of
/// analysis; what follows until the call returns is merging, committing and opening the new generation.
/// Reports arrive synchronously on the building threads, so the timestamps are exact. The process's CPU time
/// over the build proper is kept too: on a shared machine it says what the build costs whatever the load.
/// </summary>
internal sealed class BuildClock : IProgress<IndexProgress>
{
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _analysisStart;
    private long _analysisEnd;
    private TimeSpan _cpuAtAnalysisStart;

    public TimeSpan Loading => Span(_start, _analysisStart);

    public TimeSpan Analysis => Span(_analysisStart, _analysisEnd);

    public void Report(IndexProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        if (value.Done == 0)
        {
            if (Interlocked.CompareExchange(ref _analysisStart, now, 0) == 0)
            {
                _cpuAtAnalysisStart = Environment.CpuUsage.TotalTime;
            }
        }

        if (value.Done == value.Total)
        {
            Interlocked.Exchange(ref _analysisEnd, now);
        }
    }

    /// <summary>Time from the end of analysis until <paramref name="finished"/> (a Stopwatch timestamp).</summary>
    public TimeSpan MergeAndOpen(long finished) => Span(_analysisEnd, finished);

    /// <summary>Time from the start of analysis until <paramref name="finished"/>: the build proper.</summary>
    public TimeSpan Build(long finished) => Span(_analysisStart, finished);

    /// <summary>CPU time of the whole process (all threads) from the start of analysis until now.</summary>
    public TimeSpan BuildCpu() => Environment.CpuUsage.TotalTime - _cpuAtAnalysisStart;

    private static TimeSpan Span(long from, long to) => from == 0 || to == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(from, to);
}
