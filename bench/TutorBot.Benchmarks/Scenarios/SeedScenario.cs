using System.Diagnostics;
using TutorBot.Benchmarks.Measuring;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>The seed knowledge base (the repository's own entries): build, query latency, memory.</summary>
internal static class SeedScenario
{
    // Enough passes for tiered JIT to settle (each query path compiled at tier 1); start-up measures the cold path.
    private const int WarmupPasses = 20;
    private const int Passes = 30;

    public static async Task RunAsync(RepoPaths repo, BenchmarkArguments args, ResultTable results, CancellationToken cancellationToken)
    {
        const string section = "seed";
        Console.WriteLine($"seed: load {MachineInfo.LoadAverage()}");
        using var workspace = Workspace.WithSeed(repo);
        workspace.Keep = args.Keep;
        using var services = new BotServices(repo, workspace.Root, args.Threads);

        var start = Stopwatch.GetTimestamp();
        var report = await services.Index.EnsureCurrentAsync(null, cancellationToken);
        var built = Stopwatch.GetElapsedTime(start);
        Expect(report.Outcome == IndexOutcome.Built && report.Problems.Count == 0, $"seed build: {report.Outcome}, {report.Problems.Count} problems");
        var indexBytes = workspace.IndexBytes();

        // The naive baseline over the same entries, queried interleaved with ours in the same run: ratios first.
        var entries = (await services.Source.LoadAsync(cancellationToken)).Published.ToList();
        using var naive = new NaiveIndex(entries);
        var queries = await QuerySet.LoadAsync(repo, cancellationToken);
        var measured = await QueryLatency.MeasureAsync([services.Search, naive], queries, WarmupPasses, Passes, cancellationToken);
        var (ours, naiveQueries) = (measured[0], measured[1]);
        Console.WriteLine($"  {queries.Count} queries x {Passes} passes on each index, interleaved, after {WarmupPasses} warm-up passes; {ours.Found} of {queries.Count} found an entry");
        results.Add(section, "query p50 / p99 vs naive BM25 (ratio)", $"{ours.Wall.P50 / naiveQueries.Wall.P50:0.00}x / {ours.Wall.P99 / naiveQueries.Wall.P99:0.00}x");
        results.Add(section, "build time, ours / naive (in-process; ours also reads the files)", $"{built.TotalMilliseconds / naive.Build.TotalMilliseconds:0.0}x ({LatencyStats.Ms(naive.Build.TotalMilliseconds)} naive)");
        results.Add(section, "entries", $"{report.Entries}");
        results.Add(section, "load + build + open (in a warm process)", LatencyStats.Ms(built.TotalMilliseconds));
        results.Add(section, "index size on disk", $"{indexBytes / 1024.0:0} KB");
        results.Add(section, "query p50", LatencyStats.Ms(ours.Wall.P50));
        results.Add(section, "query p90", LatencyStats.Ms(ours.Wall.P90));
        results.Add(section, "query p99", LatencyStats.Ms(ours.Wall.P99), "<= 1 ms");
        results.Add(section, "query max", LatencyStats.Ms(ours.Wall.Max));
        results.Add(section, "query CPU time (mean, process, all threads)", LatencyStats.Ms(ours.CpuPerQueryMs));
        if (ThreadCpuClock.IsSupported && ours.ThreadCpu.Samples > 0)
        {
            results.Add(section, "query on-CPU time p50 / p99 (calling thread)", $"{LatencyStats.Ms(ours.ThreadCpu.P50)} / {LatencyStats.Ms(ours.ThreadCpu.P99)}");
        }

        results.Add(section, "naive BM25 query p50 / p99", $"{LatencyStats.Ms(naiveQueries.Wall.P50)} / {LatencyStats.Ms(naiveQueries.Wall.P99)}");

        var memory = (await MemoryReading.TakeAsync());
        results.Add(section, "memory after load and queries", memory.ToString());
        Console.WriteLine($"seed: done, load {MachineInfo.LoadAverage()}");
    }

    internal static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("benchmark precondition failed: " + message);
        }
    }
}
