using System.Diagnostics;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// Query latency through the real <see cref="IKnowledgeSearch"/>: one query at a time, as a user's turn runs,
/// over the whole query set; warm-up passes first (JIT, caches), then measured passes.
/// </summary>
internal static class QueryLatency
{
    /// <summary>
    /// Wall latencies of the measured passes, the calling thread's CPU time per query (see <see cref="ThreadCpuClock"/>),
    /// how many queries of one pass found an entry, and the process CPU time per query (ms, all threads).
    /// </summary>
    public static async Task<(LatencyStats Stats, LatencyStats ThreadCpu, int Found, double CpuPerQueryMs)> MeasureAsync(
        IKnowledgeSearch search, IReadOnlyList<string> queries, int warmupPasses, int passes, CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < warmupPasses; pass++)
        {
            foreach (var query in queries)
            {
                await search.SearchAsync(new SearchQuery(query), cancellationToken);
            }
        }

        var samples = new List<double>(queries.Count * passes);
        var threadCpu = new List<double>(queries.Count * passes);
        var found = 0;
        var cpu = Environment.CpuUsage.TotalTime;
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                var cpuStart = ThreadCpuClock.NowMs();
                var task = search.SearchAsync(new SearchQuery(query), cancellationToken);
                var cpuEnd = task.IsCompleted ? ThreadCpuClock.NowMs() : double.NaN; // the thread may change after an await
                var result = await task;
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!double.IsNaN(cpuEnd))
                {
                    threadCpu.Add(cpuEnd - cpuStart);
                }
                found += pass == 0 && result.Found ? 1 : 0;
            }
        }

        var cpuPerQuery = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / samples.Count;
        return (LatencyStats.From(samples), LatencyStats.From(threadCpu), found, cpuPerQuery);
    }
}
