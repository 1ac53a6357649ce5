using System.Runtime;
using System.Runtime.InteropServices;

namespace TutorBot.Benchmarks.Measuring;

/// <summary>What the numbers were measured on, and how busy the machine was (other builders share it).</summary>
internal static class MachineInfo
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores ({CpuModel()}), {RuntimeInformation.FrameworkDescription}, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {RuntimeInformation.OSDescription}";

    /// <summary>The 1, 5 and 15 minute load averages and running/total tasks, as /proc/loadavg has them; "n/a" elsewhere.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "n/a";
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 4 ? $"{parts[0]} {parts[1]} {parts[2]} ({parts[3]} tasks)" : "n/a";
    }

    private static string CpuModel()
    {
        const string path = "/proc/cpuinfo";
        var line = File.Exists(path)
            ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
    }
}
