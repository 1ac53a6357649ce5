using TutorBot.Core.Interview.Grading;

namespace TutorBot.Core.Interview;

/// <summary>
/// The outcome of one question. <paramref name="Score"/> (0 to 10) is the grade's score less the hint cost,
/// never below 0; a skipped question scores 0 and has no <paramref name="Grade"/>. <paramref name="Answer"/> is the
/// user's text as given (empty for a skip).
/// </summary>
public sealed record QuestionResult(string EntryId, string Answer, double Score, int HintsUsed, bool Skipped, AnswerGrade? Grade);
