namespace TutorBot.Bot.Feedback;

/// <summary>
/// One vote on an answer, as written to <c>feedback.jsonl</c>: <paramref name="Reaction"/> is <c>like</c> or
/// <c>dislike</c>; <paramref name="Entries"/> the cited entry ids; <paramref name="Mode"/> <c>extractive</c> or
/// <c>llm</c>; <paramref name="Comment"/> the user's words when the channel asked for them (Teams), else null.
/// </summary>
public sealed record FeedbackRecord(
    DateTimeOffset Time,
    string Channel,
    string Reaction,
    string Question,
    IReadOnlyList<string> Entries,
    string Mode,
    string? Comment);
