using TutorBot.Benchmarks.Measuring;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// The naive baseline (<see cref="NaiveIndex"/>) beside the production index, in the same process and run, over
/// exactly the entries the production build indexed (loaded again through the same knowledge source): built once on
/// one thread (the simplest baseline) and once on as many threads as the production build, then queried interleaved
/// with the production search, query by query, over the same queries and passes.
/// </summary>
internal sealed record NaiveComparison(
    BuildFigures OneThread,
    BuildFigures SameThreads,
    int Segments,
    TimeSpan MergeForQueries,
    QueryMeasurement Ours,
    QueryMeasurement Naive)
{
    public static async Task<NaiveComparison> RunAsync(
        BotServices services,
        int expectedEntries,
        IReadOnlyList<string> queries,
        (int Warmup, int Measured) passes,
        Action<string, string> phaseDone,
        CancellationToken cancellationToken)
    {
        var entries = (await services.Source.LoadAsync(cancellationToken)).Published.ToList();
        SeedScenario.Expect(entries.Count == expectedEntries, $"naive baseline: {entries.Count} of {expectedEntries} entries loaded");

        BuildFigures oneThread;
        using (var single = new NaiveIndex(entries, threads: 1))
        {
            oneThread = new BuildFigures(entries.Count, single.Build, single.BuildCpu, 1);
        }

        phaseDone("after naive 1-thread build", oneThread.ToString());
        var threads = services.EffectiveBuildThreads;
        using var naive = new NaiveIndex(entries, threads);
        var sameThreads = new BuildFigures(entries.Count, naive.Build, naive.BuildCpu, threads);
        phaseDone($"after naive {threads}-thread build", $"{sameThreads}; {naive.Segments} segments, merged to one in {naive.MergeForQueries.TotalSeconds:0.0} s");

        var measured = await QueryLatency.MeasureAsync([services.Search, naive], queries, passes.Warmup, passes.Measured, cancellationToken);
        phaseDone("after queries", $"{queries.Count} queries x {passes.Measured} passes on each index, interleaved, after {passes.Warmup} warm-up passes");
        return new NaiveComparison(oneThread, sameThreads, naive.Segments, naive.MergeForQueries, measured[0], measured[1]);
    }

    /// <summary>Ours divided by the naive index's (latency: below 1 is faster; throughput: above 1 is faster).</summary>
    public static string Ratio(double ours, double naive) => naive > 0 ? $"{ours / naive:0.00}x" : "n/a";
}
