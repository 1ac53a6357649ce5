namespace TutorBot.Bot.State;

/// <summary>
/// A write to bot state found a newer version stored under <see cref="Keys"/> (another turn or instance wrote
/// since it was read); nothing of that write was stored. An <see cref="ArgumentException"/>, as the SDK's own
/// <c>MemoryStorage</c> throws on an ETag conflict, so callers that handle one handle the other.
/// </summary>
public sealed class StateConflictException(IReadOnlyList<string> keys)
    : ArgumentException($"Etag conflict: {string.Join(", ", keys)} changed since it was read.")
{
    public IReadOnlyList<string> Keys { get; } = keys;
}
