using TutorBot.Benchmarks.Measuring;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// Start-up to first answer on the seed knowledge base, each run a new process: cold (no index yet, so it is
/// built) and warm (the index from an earlier run is opened). Reports the median run of each.
/// </summary>
internal static class StartupScenario
{
    private const int ColdRuns = 3;
    private const int WarmRuns = 5;

    public static async Task RunAsync(RepoPaths repo, BenchmarkArguments args, ResultTable results, CancellationToken cancellationToken)
    {
        Console.WriteLine($"startup: load {MachineInfo.LoadAverage()}");
        using var workspace = Workspace.WithSeed(repo);
        workspace.Keep = args.Keep;
        var cold = new List<ProbeResult>();
        for (var i = 0; i < ColdRuns; i++)
        {
            workspace.DeleteIndex();
            cold.Add(await StartupProbe.RunChildAsync(workspace.Root, cancellationToken));
        }

        var warm = new List<ProbeResult>();
        for (var i = 0; i < WarmRuns; i++)
        {
            warm.Add(await StartupProbe.RunChildAsync(workspace.Root, cancellationToken));
        }

        SeedScenario.Expect(cold.All(p => p.Outcome == "Built" && p.Found), "cold start-up did not build and answer");
        SeedScenario.Expect(warm.All(p => p.Outcome == "UpToDate" && p.Found), "warm start-up did not reuse the index and answer");
        results.Add("start-up", $"seed, cold: builds the index (median of {ColdRuns})", Median(cold).ToString());
        results.Add("start-up", $"seed, warm: index already built (median of {WarmRuns})", Median(warm).ToString());
        Console.WriteLine($"startup: done, load {MachineInfo.LoadAverage()}");
    }

    private static ProbeResult Median(List<ProbeResult> runs) => runs.OrderBy(r => r.SinceProcessStartMs).ElementAt(runs.Count / 2);
}
