namespace TutorBot.Core.FollowUps;

/// <summary>
/// A recognised follow-up. <paramref name="Subject"/> is X of "what about X" and of a comparison,
/// <paramref name="Other"/> is Y of a comparison; both are null for the kinds that borrow the previous topic.
/// </summary>
public sealed record FollowUpRequest(FollowUpKind Kind, string? Subject = null, string? Other = null);
