using TutorBot.Core.Answering;

namespace TutorBot.Core.Interview;

/// <summary>
/// Feedback on question <paramref name="Number"/>: what was recorded (score after hints, the grade with covered
/// and missing key points and their verbatim reference text) and the <paramref name="Citation"/> of the entry the
/// reference comes from.
/// </summary>
public sealed record AnswerFeedback(int Number, string EntryId, string Question, string? QuestionEn, QuestionResult Result, Citation Citation);
