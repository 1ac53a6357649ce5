using TutorBot.Benchmarks;
using TutorBot.Benchmarks.Measuring;
using TutorBot.Benchmarks.Scenarios;

// End-to-end performance of the production retrieval path. See docs/performance.md.
if (args is [StartupProbe.Mode, var contentRoot])
{
    return await StartupProbe.RunAsync(contentRoot, CancellationToken.None);
}

BenchmarkArguments options;
try
{
    options = BenchmarkArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

var repo = RepoPaths.Locate();
var results = new ResultTable();
Console.WriteLine($"TutorBot benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
Console.WriteLine($"machine: {MachineInfo.Describe()}");
results.Add("machine", "cores, load average at start (1/5/15 min)", $"{Environment.ProcessorCount}, {MachineInfo.LoadAverage()}");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

if (options.Mode is "all" or "seed")
{
    await SeedScenario.RunAsync(repo, options, results, cancel.Token);
}

if (options.Mode is "all" or "startup")
{
    await StartupScenario.RunAsync(repo, options, results, cancel.Token);
}

if (options.Mode is "all" or "large")
{
    await LargeScenario.RunAsync(repo, options, results, cancel.Token);
}

results.Add("machine", "load average at end", MachineInfo.LoadAverage());
results.Print(Console.Out);
return 0;
