namespace TutorBot.Core.Knowledge;

/// <summary>A further-reading link attached to an entry. At least one of <paramref name="Title"/> and <paramref name="Url"/> is set.</summary>
public sealed record Reference(string? Title, string? Url);
