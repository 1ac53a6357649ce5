namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// The verdict on one key point. <paramref name="Share"/> is the share (0 to 1) of the point's content the
/// answer matched (for the LLM grader: 1, 0.5 or 0 from its verdict); <paramref name="Note"/> is the grader's
/// remark, null when it has none.
/// </summary>
public sealed record KeyPointGrade(KeyPoint Point, KeyPointCoverage Coverage, double Share, string? Note = null);
