using System.Globalization;
using TutorBot.LoadTest.Hosts;
using TutorBot.LoadTest.Running;

namespace TutorBot.LoadTest.Reporting;

/// <summary>
/// Prints each run as it ends, then the targets of issue 11 as ratios against the echo bot measured in the same run,
/// with the machine's load. <see cref="Failed"/> when a run had errors or wrong replies (a correctness failure;
/// a missed speed target is reported, not failed).
/// </summary>
internal sealed class LoadReport(TextWriter output)
{
    private readonly List<(string Host, RunResult Result)> _runs = [];
    private readonly List<string> _lines = [];
    private string _echoName = "Echo bot (same adapter, same run)";

    public bool Failed => _runs.Any(r => r.Result.Errors > 0 || r.Result.Wrong > 0);

    public void Start(LoadArguments options)
    {
        output.WriteLine($"TutorBot load, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        output.WriteLine($"mode {options.Mode}, {options.Conversations} conversations, {options.Hosts} bot host(s); client and hosts share this machine");
    }

    public void Hosts(HostStack stack, HostProcess echo, bool echoState)
    {
        _echoName = echoState ? "Echo bot with state (same adapter and store, same run)" : "Echo bot (same adapter, same run)";
        foreach (var bot in stack.Bots)
        {
            output.WriteLine($"bot at {bot.BaseAddress} (pid {bot.Pid}, store {stack.Store}, log {bot.LogFile}), {Mb(bot.Sample().RssBytes)} resident after start");
        }

        output.WriteLine($"echo bot at {echo.BaseAddress} (pid {echo.Pid}{(echoState ? ", reads and writes its state in SQLite each turn" : "")}), {Mb(echo.Sample().RssBytes)} resident after start");
    }

    public void Run(string host, RunResult result)
    {
        _runs.Add((host, result));
        output.WriteLine(
            $"{host,-5} | {result.Plan.Name}: {result.TurnsPerSecond:0} turns/s ({result.Turns} turns in {result.Window.TotalSeconds:0} s), " +
            $"{result.Latency}, errors {result.Errors}, wrong {result.Wrong}, host CPU {result.HostCpuPerTurnMs:0.00} ms/turn, " +
            $"client CPU {result.ClientCpuPerTurnMs:0.00} ms/turn, host memory {Mb(result.LastRssBytes)}, load {LoadAverage()}");
        foreach (var problem in result.Problems)
        {
            output.WriteLine($"        {problem}");
        }

        if (result.Memory.Count >= 12)
        {
            output.WriteLine($"        memory over the window: {MemoryTrend(result)}");
        }
    }

    public void Pair(RunResult tutor, RunResult echo) =>
        output.WriteLine($"        tutor/echo: CPU per turn {Ratio(tutor.HostCpuPerTurnMs, echo.HostCpuPerTurnMs)}, throughput {Ratio(tutor.TurnsPerSecond, echo.TurnsPerSecond)}, " +
                         $"p99 {Ratio(tutor.Latency.Percentile(99), echo.Latency.Percentile(99))}");

    public void Summary(Workspace workspace)
    {
        output.WriteLine();
        output.WriteLine($"| Measure | Target | Tutor | {_echoName} |");
        output.WriteLine($"|---|---|---|---|");
        var closed = _runs.Where(r => r.Result.Plan.ThinkTime is null && !r.Result.Plan.Name.StartsWith("soak", StringComparison.Ordinal)).ToList();
        var tutor = closed.Where(r => r.Host == "tutor").Select(r => r.Result).ToList();
        var echo = closed.Where(r => r.Host == "echo").Select(r => r.Result).ToList();
        if (tutor.Count > 0 && echo.Count > 0)
        {
            var cpu = tutor.Zip(echo, (t, e) => t.HostCpuPerTurnMs / e.HostCpuPerTurnMs).ToList();
            Row("CPU per turn, tutor/echo (range over concurrencies)", "<= 2.0x", $"{cpu.Min():0.00}x to {cpu.Max():0.00}x", "1.00x");
            Row("CPU per turn (host, all threads)", "", Range(tutor, r => r.HostCpuPerTurnMs, "0.00", " ms"), Range(echo, r => r.HostCpuPerTurnMs, "0.00", " ms"));
            var best = tutor.MaxBy(r => r.TurnsPerSecond)!;
            var bestEcho = echo.MaxBy(r => r.TurnsPerSecond)!;
            Row("best throughput", ">= 1,000 turns/s", $"{best.TurnsPerSecond:N0} turns/s at {best.Plan.Connections} connections", $"{bestEcho.TurnsPerSecond:N0} turns/s at {bestEcho.Plan.Connections}");
            if (tutor.FirstOrDefault(r => r.Plan.Connections == 200) is { } at200 && echo.FirstOrDefault(r => r.Plan.Connections == 200) is { } echo200)
            {
                Row("throughput at 200 connections / best", ">= 90%", $"{at200.TurnsPerSecond / best.TurnsPerSecond:P0} ({at200.TurnsPerSecond:N0} turns/s, p99 {at200.Latency.Percentile(99):0} ms)",
                    $"{echo200.TurnsPerSecond / bestEcho.TurnsPerSecond:P0} ({echo200.TurnsPerSecond:N0} turns/s)");
            }

            foreach (var (t, e) in tutor.Zip(echo))
            {
                Row($"{t.Plan.Connections} connections: turns/s, p50/p99", "", $"{t.TurnsPerSecond:N0}, {t.Latency.Percentile(50):0.0}/{t.Latency.Percentile(99):0.0} ms", $"{e.TurnsPerSecond:N0}, {e.Latency.Percentile(50):0.0}/{e.Latency.Percentile(99):0.0} ms");
            }
        }

        foreach (var group in _runs.Where(r => r.Result.Plan.ThinkTime is not null).GroupBy(r => r.Result.Plan.Name))
        {
            var t = group.FirstOrDefault(r => r.Host == "tutor").Result;
            var e = group.FirstOrDefault(r => r.Host == "echo").Result;
            Row($"{group.Key}: p99, errors, cross-talk/wrong", "<= 50 ms, 0, 0", t is null ? "" : $"{t.Latency.Percentile(99):0.0} ms ({t.TurnsPerSecond:N0} turns/s), {t.Errors}, {t.Wrong}",
                e is null ? "" : $"{e.Latency.Percentile(99):0.0} ms, {e.Errors}, {e.Wrong}");
        }

        foreach (var (_, soak) in _runs.Where(r => r.Result.Plan.Name.StartsWith("soak", StringComparison.Ordinal)))
        {
            Row($"memory over {soak.Window.TotalMinutes:0} min after warm-up", "flat within 10%", MemoryTrend(soak), "");
            Row("soak turns, errors, wrong", "0, 0", $"{soak.Turns:N0} ({soak.TurnsPerSecond:N0}/s, {soak.Latency}), {soak.Errors}, {soak.Wrong}", "");
        }

        Row("turns with errors or wrong replies, all runs", "0", $"{_runs.Where(r => r.Host == "tutor").Sum(r => r.Result.Errors + r.Result.Wrong)}", $"{_runs.Where(r => r.Host == "echo").Sum(r => r.Result.Errors + r.Result.Wrong)}");
        Row("bot data folder after the run (index + state)", "", Mb(workspace.DataBytes()), "");
        Row("load average at end (1/5/15 min)", "", LoadAverage(), "");
        foreach (var line in _lines)
        {
            output.WriteLine(line);
        }
    }

    private void Row(string measure, string target, string tutor, string echo) => _lines.Add($"| {measure} | {target} | {tutor} | {echo} |");

    private static string MemoryTrend(RunResult result)
    {
        // First and last sixth of the window (a minute each in a 6-minute run or longer), as means.
        var samples = result.Memory.Select(m => m.RssBytes).ToList();
        var part = Math.Max(1, samples.Count / 6);
        var first = samples.Take(part).Average();
        var last = samples.TakeLast(part).Average();
        return $"{Mb((long)first)} at the start, {Mb((long)last)} at the end ({(last - first) / first:+0.0%;-0.0%}), min {Mb(samples.Min())}, max {Mb(samples.Max())}";
    }

    private static string Range(IEnumerable<RunResult> runs, Func<RunResult, double> value, string format, string unit)
    {
        var values = runs.Select(value).ToList();
        return $"{values.Min().ToString(format, CultureInfo.InvariantCulture)} to {values.Max().ToString(format, CultureInfo.InvariantCulture)}{unit}";
    }

    private static string Ratio(double a, double b) => $"{a / b:0.00}x";

    private static string Mb(long bytes) => $"{bytes / 1048576.0:0} MB";

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
