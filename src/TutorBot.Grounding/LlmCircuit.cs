using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace TutorBot.Grounding;

/// <summary>
/// The circuit breaker in front of the LLM endpoint (Polly's, in the LLM HttpClient's resilience pipeline), as the host
/// reports it on <c>/healthz</c>. Closed: calls go through. Open: after too many failed attempts
/// (<c>Llm:Breaker*</c>) no call reaches the endpoint until <see cref="LlmCircuitStatus.ProbeAfter"/>; the tutor answers
/// from the knowledge base at once, with the notice. After the break one call goes through as a probe (half-open):
/// success closes the circuit, failure opens it again. Logs one warning when it opens and one when it closes.
/// </summary>
public sealed class LlmCircuit(TimeProvider clock, ILogger<LlmCircuit> logger)
{
    private readonly Lock _lock = new();
    private LlmCircuitStatus _status = LlmCircuitStatus.Closed;

    /// <summary>Polly's view of the breaker, for the pipeline; <see cref="Status"/> reads its state from it.</summary>
    internal CircuitBreakerStateProvider StateProvider { get; } = new();

    /// <summary>The current state, when it opened, when the next probe may go, and the failure that opened it.</summary>
    public LlmCircuitStatus Status
    {
        get
        {
            lock (_lock)
            {
                // Polly's state is the truth (the callbacks run after the fact); the times come from the callbacks.
                var state = StateProvider.CircuitState switch
                {
                    CircuitState.Open or CircuitState.Isolated => LlmCircuitState.Open,
                    CircuitState.HalfOpen => LlmCircuitState.HalfOpen,
                    _ => LlmCircuitState.Closed,
                };
                return state == LlmCircuitState.Closed ? LlmCircuitStatus.Closed : _status with { State = state };
            }
        }
    }

    internal void Opened(TimeSpan breakDuration, string failure)
    {
        var now = clock.GetUtcNow();
        bool reopened;
        lock (_lock)
        {
            reopened = _status.State == LlmCircuitState.HalfOpen;
            _status = new LlmCircuitStatus(LlmCircuitState.Open, now, now + breakDuration, failure);
        }

        logger.LogWarning(
            reopened
                ? "LLM circuit open again: the probe failed ({Failure}); no LLM calls for {BreakSeconds} s, answers come from the knowledge base"
                : "LLM circuit open after repeated failures (last: {Failure}); no LLM calls for {BreakSeconds} s, answers come from the knowledge base",
            failure, breakDuration.TotalSeconds);
    }

    internal void HalfOpened()
    {
        lock (_lock)
        {
            _status = _status with { State = LlmCircuitState.HalfOpen };
        }

        logger.LogInformation("LLM circuit half-open: the next call is a probe");
    }

    internal void Closed()
    {
        DateTimeOffset? opened;
        lock (_lock)
        {
            opened = _status.OpenedAt;
            _status = LlmCircuitStatus.Closed;
        }

        logger.LogWarning("LLM circuit closed: the endpoint answered again after {OpenSeconds:0} s; LLM calls resume",
            opened is { } at ? (clock.GetUtcNow() - at).TotalSeconds : 0);
    }
}
