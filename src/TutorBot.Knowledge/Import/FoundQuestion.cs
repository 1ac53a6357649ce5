namespace TutorBot.Knowledge.Import;

/// <summary>One numbered question of a page: its number, its text, and the page lines of its answer (indices, end exclusive).</summary>
public sealed record FoundQuestion(int Number, string Question, int Line, int AnswerStart, int AnswerEnd);
