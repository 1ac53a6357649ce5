using System.Globalization;

namespace TutorBot.LoadTest.Hosts;

/// <summary>
/// What Linux says about a process at one moment: CPU time used so far (user + system, all threads) and resident
/// memory. Read from <c>/proc/{pid}/stat</c> and <c>/proc/{pid}/status</c>, so it costs the process nothing.
/// </summary>
internal readonly record struct ProcessSample(TimeSpan Cpu, long RssBytes)
{
    // USER_HZ: the unit of utime/stime in /proc/{pid}/stat. 100 on every Linux this tool targets (x86-64, arm64).
    private const double TicksPerSecond = 100;

    public static ProcessSample Read(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var rssKb = File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture))
            .FirstOrDefault();
        return new ProcessSample(TimeSpan.FromSeconds(ticks / TicksPerSecond), rssKb * 1024);
    }

    public static ProcessSample Self()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new ProcessSample(process.TotalProcessorTime, process.WorkingSet64);
    }
}
