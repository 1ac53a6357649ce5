using System.Diagnostics;
using TutorBot.Benchmarks.Generation;
using TutorBot.Benchmarks.Measuring;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge.Files;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// A generated knowledge base of <see cref="BenchmarkArguments.Entries"/> entries written as real knowledge files
/// beside the seed: build throughput (the real build path), index size, query latency, memory, and the start-up
/// of a new process that finds the index already built.
/// </summary>
internal static class LargeScenario
{
    private const int WarmupPasses = 5;
    private const int Passes = 10;

    public static async Task RunAsync(RepoPaths repo, BenchmarkArguments args, ResultTable results, CancellationToken cancellationToken)
    {
        var section = args.Entries >= 1000 && args.Entries % 1000 == 0 ? $"{args.Entries / 1000}k" : $"{args.Entries}";
        using var workspace = Workspace.WithSeed(repo);
        workspace.Keep = args.Keep;
        var seed = await new FileKnowledgeSource(repo.Knowledge).LoadAsync(cancellationToken);
        var writing = Stopwatch.StartNew();
        var meanAnswer = GeneratedKnowledgeBase.Write(workspace.KnowledgeFolder, seed.Entries, Path.Combine(repo.Knowledge, "aliases.txt"), args.Entries);
        Console.WriteLine($"{section}: wrote {args.Entries} generated entries (mean answer {meanAnswer:0} chars) in {writing.Elapsed.TotalSeconds:0.0} s under {workspace.Root}");
        Console.WriteLine($"{section}: build starts, load {MachineInfo.LoadAverage()}");

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
            var build = clock.Build(finished);
            Console.WriteLine($"{section}: build done, load {MachineInfo.LoadAverage()}");
            results.Add(section, "entries (generated + seed)", $"{report.Entries:N0}");
            results.Add(section, "build throughput (analyse, write, merge, open)", $"{report.Entries / build.TotalSeconds:N0} entries/s", ">= 5,000 entries/s");
            results.Add(section, "  build time, threads", $"{build.TotalSeconds:0.0} s on {services.EffectiveBuildThreads} threads " +
                $"(analysis {clock.Analysis.TotalSeconds:0.0} s, merge+commit+open {clock.MergeAndOpen(finished).TotalSeconds:0.0} s)");
            results.Add(section, "  build CPU time (all threads)", $"{cpu.TotalSeconds:0.0} CPU-s = {report.Entries / cpu.TotalSeconds:N0} entries per CPU-second");
            results.Add(section, "  plus loading the knowledge files", $"{clock.Loading.TotalSeconds:0.0} s ({report.Entries / clock.Loading.TotalSeconds:N0} files/s)");
            results.Add(section, "index size on disk", $"{workspace.IndexBytes() / 1048576.0:0.0} MB");
            results.Add(section, "memory after build", (await MemoryReading.TakeAsync()).ToString());

            var queries = await QuerySet.LoadAsync(repo, cancellationToken);
            var (stats, _, found, cpuPerQuery) = await QueryLatency.MeasureAsync(services.Search, queries, WarmupPasses, Passes, cancellationToken);
            Console.WriteLine($"  {queries.Count} queries x {Passes} passes after {WarmupPasses} warm-up passes; {found} of {queries.Count} found an entry; load {MachineInfo.LoadAverage()}");
            results.Add(section, "query p50", LatencyStats.Ms(stats.P50));
            results.Add(section, "query p90", LatencyStats.Ms(stats.P90));
            results.Add(section, "query p99", LatencyStats.Ms(stats.P99), "<= 10 ms");
            results.Add(section, "query max", LatencyStats.Ms(stats.Max));
            results.Add(section, "query CPU time (mean, process, all threads)", LatencyStats.Ms(cpuPerQuery));
            results.Add(section, "memory after queries", (await MemoryReading.TakeAsync()).ToString());
        }

        var warm = await StartupProbe.RunChildAsync(workspace.Root, cancellationToken);
        results.Add(section, "start-up to first answer, index already built", warm.ToString());
    }
}
