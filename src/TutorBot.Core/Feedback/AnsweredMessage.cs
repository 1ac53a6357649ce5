namespace TutorBot.Core.Feedback;

/// <summary>
/// What a sent answer message was about, kept by <see cref="AnswerLedger"/> so that a vote naming only the message
/// can be recorded with it: the question, the cited entry ids and the mode (<c>extractive</c> or <c>llm</c>).
/// </summary>
public sealed record AnsweredMessage(string Question, IReadOnlyList<string> Entries, string Mode);
