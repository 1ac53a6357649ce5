namespace TutorBot.Core.Interview.Scheduling.Fsrs;

/// <summary>
/// The outcome of one review: the memory after it, the whole UTC calendar days since the review before
/// (<paramref name="ElapsedDays"/>, 0 for the first review or one on the same day), the days until the item is due
/// again (<paramref name="IntervalDays"/>, at least 1) and that due time (the review time plus the interval).
/// </summary>
public sealed record FsrsReview(MemoryState Memory, int ElapsedDays, int IntervalDays, DateTimeOffset Due);
