namespace TutorBot.LoadTest.Running;

/// <summary>
/// What a load run measured: completed turns and latencies in its window; failed turns (no reply: HTTP error,
/// refused, timed out) and wrong replies over the whole run, warm-up included (cross-talk or a reply this conversation should not get) with the first few described,
/// latencies, CPU used by the host(s) and by this client, and the hosts' resident memory over time.
/// </summary>
internal sealed record RunResult(
    LoadPlan Plan,
    long Turns,
    long Errors,
    long Wrong,
    IReadOnlyList<string> Problems,
    Latencies Latency,
    TimeSpan Window,
    TimeSpan HostCpu,
    TimeSpan ClientCpu,
    IReadOnlyList<(TimeSpan At, long RssBytes)> Memory)
{
    public double TurnsPerSecond => Turns / Window.TotalSeconds;

    /// <summary>Host CPU milliseconds per completed turn (all the hosts' threads).</summary>
    public double HostCpuPerTurnMs => Turns == 0 ? double.NaN : HostCpu.TotalMilliseconds / Turns;

    public double ClientCpuPerTurnMs => Turns == 0 ? double.NaN : ClientCpu.TotalMilliseconds / Turns;

    public long LastRssBytes => Memory.Count == 0 ? 0 : Memory[^1].RssBytes;
}
