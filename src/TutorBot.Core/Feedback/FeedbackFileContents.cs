namespace TutorBot.Core.Feedback;

/// <summary>The votes read from a file and its problems as <c>file:line: message</c>.</summary>
public sealed record FeedbackFileContents(IReadOnlyList<FeedbackRecord> Records, IReadOnlyList<string> Problems);
