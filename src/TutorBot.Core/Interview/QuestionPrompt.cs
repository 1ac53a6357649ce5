namespace TutorBot.Core.Interview;

/// <summary>
/// A question as put to the user: <paramref name="Number"/> of <paramref name="Total"/> (1-based), the entry's
/// question in the knowledge base's language and its English rendering (null when the original is English), and
/// the entry's tags. Deliberately carries no reference text and no citation: those come only after the answer.
/// </summary>
public sealed record QuestionPrompt(int Number, int Total, string EntryId, string Question, string? QuestionEn, IReadOnlyList<string> Tags);
