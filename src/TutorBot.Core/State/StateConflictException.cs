namespace TutorBot.Core.State;

/// <summary>
/// A read-modify-write kept meeting newer versions (other turns or hosts writing the same state) and gave up after
/// its attempts; nothing of it was stored. Rare: callers reply "busy, please try again" rather than fail.
/// </summary>
public sealed class StateConflictException(IReadOnlyList<string> keys, int attempts)
    : Exception($"State {string.Join(", ", keys)} changed on each of {attempts} attempts; nothing was stored.")
{
    /// <summary>The keys that kept changing.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;
}
