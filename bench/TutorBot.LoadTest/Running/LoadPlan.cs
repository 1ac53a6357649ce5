namespace TutorBot.LoadTest.Running;

/// <summary>
/// One load run: <paramref name="Connections"/> workers (each one HTTP connection, one turn at a time) drive
/// <paramref name="Conversations"/> conversations (divided among them) for <paramref name="Warmup"/>, then are
/// measured for <paramref name="Duration"/>. With <paramref name="ThinkTime"/> a worker waits a random time in that
/// range after each reply (users reading); without, it sends the next turn at once (closed loop, the most load).
/// Never more than <paramref name="MaxTurns"/> turns.
/// </summary>
internal sealed record LoadPlan(
    string Name,
    int Connections,
    int Conversations,
    TimeSpan Warmup,
    TimeSpan Duration,
    (TimeSpan Min, TimeSpan Max)? ThinkTime,
    long MaxTurns)
{
    /// <summary>How often the hosts' memory is sampled during the measured window.</summary>
    public TimeSpan MemoryInterval { get; init; } = TimeSpan.FromSeconds(10);
}
