namespace TutorBot.Grounding;

/// <summary>
/// A snapshot of <see cref="LlmCircuit"/>: the state, when the circuit last opened, from when a probe may go through
/// (UTC), and the failure that opened it (e.g. "503 ServiceUnavailable", "TimeoutRejectedException"); the times and the
/// failure are null while the circuit is closed.
/// </summary>
public sealed record LlmCircuitStatus(LlmCircuitState State, DateTimeOffset? OpenedAt, DateTimeOffset? ProbeAfter, string? LastFailure)
{
    /// <summary>Closed, nothing to report.</summary>
    public static LlmCircuitStatus Closed { get; } = new(LlmCircuitState.Closed, null, null, null);
}
