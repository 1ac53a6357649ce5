namespace TutorBot.Core.Progress;

/// <summary>
/// One point of the score trend: a finished interview's completion instant, its mean score (0 to 10, skips count as
/// 0) and how many questions it scored.
/// </summary>
public sealed record SessionScore(DateTimeOffset CompletedAt, double MeanScore, int Questions);
