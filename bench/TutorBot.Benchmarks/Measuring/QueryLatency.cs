using System.Diagnostics;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// Query latency through <see cref="IKnowledgeSearch"/> implementations: one query at a time, as a user's turn runs,
/// over the whole query set; warm-up passes first (JIT, caches), then measured passes. Several searches are measured
/// interleaved, query by query (the first of them goes first on even queries, last on odd ones), so a change in the
/// machine's load during the run falls on all of them alike and their ratios stay fair.
/// </summary>
internal static class QueryLatency
{
    /// <summary>One measurement per search, in the order given.</summary>
    public static async Task<IReadOnlyList<QueryMeasurement>> MeasureAsync(
        IReadOnlyList<IKnowledgeSearch> searches, IReadOnlyList<string> queries, int warmupPasses, int passes, CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < warmupPasses; pass++)
        {
            foreach (var query in queries)
            {
                foreach (var search in searches)
                {
                    await search.SearchAsync(new SearchQuery(query), cancellationToken);
                }
            }
        }

        var samples = searches.Select(_ => new Sample(queries.Count * passes)).ToArray();
        for (var pass = 0; pass < passes; pass++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                for (var i = 0; i < searches.Count; i++)
                {
                    var s = (pass * queries.Count + q) % 2 == 0 ? i : searches.Count - 1 - i;
                    await samples[s].TakeAsync(searches[s], queries[q], counted: pass == 0, cancellationToken);
                }
            }
        }

        return [.. samples.Select(s => s.Result())];
    }

    /// <summary>The samples of one search: wall time, calling thread's CPU time, process CPU time (all threads).</summary>
    private sealed class Sample(int capacity)
    {
        private readonly List<double> _wall = new(capacity);
        private readonly List<double> _threadCpu = new(capacity);
        private TimeSpan _processCpu;
        private int _found;

        public async Task TakeAsync(IKnowledgeSearch search, string query, bool counted, CancellationToken cancellationToken)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ThreadCpuClock.NowMs();
            var task = search.SearchAsync(new SearchQuery(query), cancellationToken);
            var cpuEnd = task.IsCompleted ? ThreadCpuClock.NowMs() : double.NaN; // the thread may change after an await
            var result = await task;
            _wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            _processCpu += Environment.CpuUsage.TotalTime - cpu;
            if (!double.IsNaN(cpuEnd))
            {
                _threadCpu.Add(cpuEnd - cpuStart);
            }

            _found += counted && result.Found ? 1 : 0;
        }

        public QueryMeasurement Result() => new(
            LatencyStats.From(_wall), LatencyStats.From(_threadCpu), _found, _processCpu.TotalMilliseconds / Math.Max(_wall.Count, 1));
    }
}
