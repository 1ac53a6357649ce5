namespace TutorBot.Grounding;

/// <summary>The state of the LLM circuit breaker (<see cref="LlmCircuit"/>).</summary>
public enum LlmCircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,

    /// <summary>No call reaches the endpoint until the break ends; answers come from the knowledge base.</summary>
    Open,

    /// <summary>The break ended: the next call is a probe that closes the circuit on success or opens it again.</summary>
    HalfOpen,
}
