using System.Diagnostics;
using TutorBot.Benchmarks.Generation;
using TutorBot.Benchmarks.Measuring;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge.Files;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// A generated knowledge base of <see cref="BenchmarkArguments.Entries"/> entries written as real knowledge files
/// beside the seed: build throughput (the real build path), index size, query latency and memory, each against the
/// naive baseline built and queried over the same entries in the same run (<see cref="NaiveComparison"/>), and the
/// start-up of a new process that finds the index already built. Ratios are added to the table first.
/// </summary>
internal static class LargeScenario
{
    private const int WarmupPasses = 5;
    private const int Passes = 10;

    public static async Task RunAsync(RepoPaths repo, BenchmarkArguments args, ResultTable results, CancellationToken cancellationToken)
    {
        var section = args.Entries >= 1000 && args.Entries % 1000 == 0 ? $"{args.Entries / 1000}k" : $"{args.Entries}";
        var loads = new List<string>();
        void Phase(string what, string detail = "")
        {
            var load = MachineInfo.LoadAverage();
            loads.Add($"{what} {load.Split(' ')[0]}");
            Console.WriteLine($"{section}: {what}{(detail.Length > 0 ? ": " + detail : "")}, load {load}");
        }

        using var workspace = Workspace.WithSeed(repo);
        workspace.Keep = args.Keep;
        var seed = await new FileKnowledgeSource(repo.Knowledge).LoadAsync(cancellationToken);
        var writing = Stopwatch.StartNew();
        var meanAnswer = GeneratedKnowledgeBase.Write(workspace.KnowledgeFolder, seed.Entries, Path.Combine(repo.Knowledge, "aliases.txt"), args.Entries);
        Console.WriteLine($"{section}: wrote {args.Entries} generated entries (mean answer {meanAnswer.Zh:0} + {meanAnswer.En:0} chars, zh + en) in {writing.Elapsed.TotalSeconds:0.0} s under {workspace.Root}");
        Phase("build start");

        var absolute = new List<(string Metric, string Value, string Target)>();
        BuildFigures ours;
        NaiveComparison naive;
        using (var services = new BotServices(repo, workspace.Root, args.Threads))
        {
            var clock = new BuildClock();
            var report = await services.Index.EnsureCurrentAsync(clock, cancellationToken);
            var finished = Stopwatch.GetTimestamp();
            var cpu = clock.BuildCpu();
            var expected = args.Entries + seed.Entries.Count;
            SeedScenario.Expect(
                report.Outcome == IndexOutcome.Built && report.Problems.Count == 0 && report.Entries == expected,
                $"{section} build: {report.Outcome}, {report.Entries} of {expected} entries, {report.Problems.Count} problems ({report.Problems.FirstOrDefault()})");
            ours = new BuildFigures(report.Entries, clock.Build(finished), cpu, services.EffectiveBuildThreads);
            Phase("after our build", ours.ToString());
            absolute.Add(("entries (generated + seed)", $"{report.Entries:N0} (generated answers: mean {meanAnswer.Zh:0} chars zh + {meanAnswer.En:0} en)", ""));
            absolute.Add(("build throughput (analyse, write, merge to one segment, commit, open)", ours.ToString(), ">= 5,000 entries/s"));
            absolute.Add(("  build phases", $"analysis {clock.Analysis.TotalSeconds:0.0} s, merge+commit+open {clock.MergeAndOpen(finished).TotalSeconds:0.0} s", ""));
            absolute.Add(("  plus loading the knowledge files (not in the build)", $"{clock.Loading.TotalSeconds:0.0} s ({report.Entries / clock.Loading.TotalSeconds:N0} files/s)", ""));
            absolute.Add(("index size on disk", $"{workspace.IndexBytes() / 1048576.0:0.0} MB", ""));
            absolute.Add(("memory after build", (await MemoryReading.TakeAsync()).ToString(), ""));

            var queries = await QuerySet.LoadAsync(repo, cancellationToken);
            naive = await NaiveComparison.RunAsync(services, report.Entries, queries, (WarmupPasses, Passes), Phase, cancellationToken);
            absolute.AddRange(NaiveRows(naive, queries.Count));
            absolute.Add(("memory after queries (naive index closed)", (await MemoryReading.TakeAsync()).ToString(), ""));
        }

        var warm = await StartupProbe.RunChildAsync(workspace.Root, cancellationToken);
        absolute.Add(("start-up to first answer, index already built", warm.ToString(), ""));
        Phase("end");

        AddRatios(results, section, ours, naive);
        results.Add(section, "load average (1 min) by phase", string.Join("; ", loads));
        foreach (var (metric, value, target) in absolute)
        {
            results.Add(section, metric, value, target);
        }
    }

    private static void AddRatios(ResultTable results, string section, BuildFigures ours, NaiveComparison naive)
    {
        var (o, n) = (naive.Ours, naive.Naive);
        results.Add(section, "query p99, ours / naive BM25 (same run)", NaiveComparison.Ratio(o.Wall.P99, n.Wall.P99), "<= 1.0x");
        results.Add(section, "query p50, ours / naive", NaiveComparison.Ratio(o.Wall.P50, n.Wall.P50));
        results.Add(section, "query on-CPU p50 / p99, ours / naive", $"{NaiveComparison.Ratio(o.ThreadCpu.P50, n.ThreadCpu.P50)} / {NaiveComparison.Ratio(o.ThreadCpu.P99, n.ThreadCpu.P99)}");
        results.Add(section, $"build entries/s, ours ({ours.Threads} threads) / naive on 1 thread", NaiveComparison.Ratio(ours.PerSecond, naive.OneThread.PerSecond), ">= 1.5x");
        results.Add(section, $"build entries/s, ours / naive on the same {naive.SameThreads.Threads} threads", NaiveComparison.Ratio(ours.PerSecond, naive.SameThreads.PerSecond));
        results.Add(section, "build entries per CPU-second, ours / naive 1 thread / naive same threads",
            $"{NaiveComparison.Ratio(ours.PerCpuSecond, naive.OneThread.PerCpuSecond)} / {NaiveComparison.Ratio(ours.PerCpuSecond, naive.SameThreads.PerCpuSecond)}");
    }

    private static IEnumerable<(string, string, string)> NaiveRows(NaiveComparison naive, int queryCount)
    {
        var (o, n) = (naive.Ours, naive.Naive);
        yield return ("naive build on 1 thread (entries in memory; analyse, write, commit, open)", naive.OneThread.ToString(), "");
        yield return ($"naive build on {naive.SameThreads.Threads} threads (the same)", naive.SameThreads.ToString(), "");
        yield return ("  naive index, before querying", $"{naive.Segments} segments, merged to one in {naive.MergeForQueries.TotalSeconds:0.0} s (not counted)", "");
        yield return ("query samples", $"{queryCount} queries x {Passes} passes on each index, interleaved; found an entry: ours {o.Found}, naive {n.Found}", "");
        yield return ("query p50 / p90 / p99 / max, ours", Latencies(o.Wall), "p99 <= 10 ms");
        yield return ("query p50 / p90 / p99 / max, naive", Latencies(n.Wall), "");
        yield return ("query on-CPU p50 / p99 (calling thread), ours / naive",
            $"{LatencyStats.Ms(o.ThreadCpu.P50)} / {LatencyStats.Ms(o.ThreadCpu.P99)}; {LatencyStats.Ms(n.ThreadCpu.P50)} / {LatencyStats.Ms(n.ThreadCpu.P99)}", "");
        yield return ("query CPU time (mean, process), ours / naive", $"{LatencyStats.Ms(o.CpuPerQueryMs)} / {LatencyStats.Ms(n.CpuPerQueryMs)}", "");
    }

    private static string Latencies(LatencyStats s) =>
        $"{LatencyStats.Ms(s.P50)} / {LatencyStats.Ms(s.P90)} / {LatencyStats.Ms(s.P99)} / {LatencyStats.Ms(s.Max)}";
}
