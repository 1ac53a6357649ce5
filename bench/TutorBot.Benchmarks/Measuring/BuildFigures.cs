namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// One index build: <paramref name="Entries"/> indexed in <paramref name="Time"/> (wall) on <paramref name="Threads"/>
/// adding threads, costing <paramref name="Cpu"/> of process CPU time (all threads, background merges included).
/// </summary>
internal sealed record BuildFigures(int Entries, TimeSpan Time, TimeSpan Cpu, int Threads)
{
    public double PerSecond => Entries / Time.TotalSeconds;

    /// <summary>Entries per CPU-second: what the build costs, whatever the machine's load.</summary>
    public double PerCpuSecond => Entries / Cpu.TotalSeconds;

    public override string ToString() =>
        $"{PerSecond:N0} entries/s ({Time.TotalSeconds:0.0} s on {Threads} thread{(Threads == 1 ? "" : "s")}; " +
        $"{Cpu.TotalSeconds:0.0} CPU-s = {PerCpuSecond:N0} entries per CPU-second)";
}
