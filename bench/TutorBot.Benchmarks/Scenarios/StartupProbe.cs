using System.Diagnostics;
using System.Text.Json;
using TutorBot.Benchmarks.Measuring;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// Start-up to first answer in a new process: this benchmark starts itself in probe mode over a workspace; the
/// probe composes the services as the CLI does, makes the index current (opening it, or building it when there
/// is none), answers one question, prints its timings as one JSON line and exits.
/// </summary>
internal static class StartupProbe
{
    public const string Mode = "startup-probe";
    private const string Marker = "PROBE ";
    private const string Question = "多头注意力有啥用";

    /// <summary>The child side: runs in the new process.</summary>
    public static async Task<int> RunAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var services = new BotServices(RepoPaths.Locate(), contentRoot);
        var report = await services.Index.EnsureCurrentAsync(null, cancellationToken);
        var ready = Stopwatch.GetElapsedTime(start);
        var result = await services.Search.SearchAsync(new SearchQuery(Question), cancellationToken);
        var answered = Stopwatch.GetElapsedTime(start);
        using var process = Process.GetCurrentProcess();
        var sinceProcessStart = (DateTime.Now - process.StartTime).TotalMilliseconds;
        var memory = MemoryReading.Take();
        var probe = new ProbeResult(report.Outcome.ToString(), result.Found, 0, sinceProcessStart, ready.TotalMilliseconds,
            (answered - ready).TotalMilliseconds, memory.WorkingSetMb, memory.GcLiveMb);
        Console.WriteLine(Marker + JsonSerializer.Serialize(probe));
        return result.Found ? 0 : 1;
    }

    /// <summary>The parent side: starts a probe process and times it from launch until it exits.</summary>
    public static async Task<ProbeResult> RunChildAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(StartupProbe).Assembly.Location);
        }

        info.ArgumentList.Add(Mode);
        info.ArgumentList.Add(contentRoot);
        var launched = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("the probe did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var wall = Stopwatch.GetElapsedTime(launched).TotalMilliseconds;
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the probe printed no result (exit {process.ExitCode}): {await errors}");
        var probe = JsonSerializer.Deserialize<ProbeResult>(line[Marker.Length..])!;
        return probe with { WallMs = wall };
    }
}

/// <summary>
/// One probe run. <paramref name="WallMs"/>: launch to exit, as the parent saw it. <paramref name="SinceProcessStartMs"/>:
/// process start (runtime start-up included) to first answer. <paramref name="ReadyMs"/>: compose services, load the
/// knowledge files, open or build the index. <paramref name="FirstQueryMs"/>: the first search (cold JIT, first use of
/// the analyser).
/// </summary>
internal sealed record ProbeResult(
    string Outcome, bool Found, double WallMs, double SinceProcessStartMs, double ReadyMs, double FirstQueryMs, double WorkingSetMb, double GcLiveMb)
{
    public override string ToString() =>
        $"{LatencyStats.Ms(SinceProcessStartMs)} (load+index {LatencyStats.Ms(ReadyMs)} [{Outcome}], first query {LatencyStats.Ms(FirstQueryMs)}; " +
        $"process wall {LatencyStats.Ms(WallMs)}; {WorkingSetMb:0} MB working set)";
}
