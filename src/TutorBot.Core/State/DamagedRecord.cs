namespace TutorBot.Core.State;

/// <summary>
/// A document set aside by <see cref="DamagedRecords"/>, as stored under <c>damaged/...</c>: the key it was stored
/// under, why it could not be read, when it was set aside (UTC) and its text exactly as it was stored.
/// </summary>
public sealed record DamagedRecord(string Key, string Error, DateTimeOffset SetAsideAt, string Json);
