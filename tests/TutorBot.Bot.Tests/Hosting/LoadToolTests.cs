using System.Diagnostics;
using System.Text;
using TutorBot.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>
/// The load tool (bench/TutorBot.LoadTest) run briefly, as CI's check that it still drives the real bot and the echo
/// bot and that under concurrent conversations every reply is the conversation's own: a closed loop at 10 and 50
/// connections and 40 users with think time, mixing questions in both languages, uncovered questions and whole mock
/// interviews. The tool exits 2 when any turn failed or any reply was wrong (cross-talk, another interview's
/// scores). Speed is reported, never asserted here: the long run is a benchmark (docs/performance.md, "Load").
/// </summary>
[Collection(LoadToolCollection.Name)]
public sealed class LoadToolTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ConcurrentConversationsGetOnlyTheirOwnRepliesFromTheRealBotAndTheEchoBot()
    {
        var (exitCode, report) = await RunAsync("all", "--connections", "10,50", "--seconds", "4", "--warmup", "2", "--think-seconds", "4", "--conversations", "40");

        Assert.Equal(0, exitCode);
        Assert.Contains("| turns with errors or wrong replies, all runs | 0 | 0 | 0 |", report);
        Assert.Matches(@"tutor \| closed loop, 50 connections: \d+ turns/s \([1-9]\d* turns", report);
        Assert.Matches(@"tutor \| 40 users, 250-750 ms think time: \d+ turns/s \([1-9]\d* turns", report);
        Assert.Matches(@"echo  \| closed loop, 50 connections: \d+ turns/s \([1-9]\d* turns", report);
    }

    [Fact]
    public async Task TheEchoBotWithStateCountsEveryTurnOfItsConversationsWithoutAConflict()
    {
        // Two turns of one conversation at once would meet on the count's ETag and fail the turn: an error in the report.
        var (exitCode, report) = await RunAsync("sweep", "--connections", "20", "--seconds", "3", "--warmup", "1", "--conversations", "20", "--echo-state");

        Assert.Equal(0, exitCode);
        Assert.Contains("reads and writes its state in SQLite each turn", report);
        Assert.Contains("| Measure | Target | Tutor | Echo bot with state (same adapter and store, same run) |", report);
        Assert.Contains("| turns with errors or wrong replies, all runs | 0 | 0 | 0 |", report);
        Assert.Matches(@"echo  \| closed loop, 20 connections: \d+ turns/s \([1-9]\d* turns", report);
    }

    private async Task<(int ExitCode, string Report)> RunAsync(params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var tool = Path.Combine(RepoPaths.Root, "bench", "TutorBot.LoadTest", "bin", configuration, "net10.0", "TutorBot.LoadTest.dll");
        Assert.True(File.Exists(tool), $"the load tool is not built at {tool}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments.Prepend(tool))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(guard.Token);
        var report = await stdout;
        output.WriteLine(report + await stderr);
        return (process.ExitCode, report);
    }
}

/// <summary>The load tool saturates the machine for half a minute: it runs alone, after the tests that run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadToolCollection
{
    public const string Name = "Load tool, alone";
}
