using TutorBot.Core.Answering;

namespace TutorBot.Core.Interview.Summary;

/// <summary>One line of the summary: question <paramref name="Number"/>, its score (0 to 10, after hints), whether it was skipped, and its entry's citation.</summary>
public sealed record QuestionScore(int Number, string EntryId, string Question, string? QuestionEn, double Score, bool Skipped, int HintsUsed, Citation Citation);
