using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// One user's spaced-repetition schedule over the knowledge base, by FSRS-6 (<see cref="FsrsScheduler"/>). After each
/// graded question the score (0 to 10 after hints; a skip counts 0) becomes a rating (<see cref="ScoreRating"/>:
/// below 5 Again, 5 to below 7 Hard, 7 to below 9 Good, 9 or more Easy); the rating updates the entry's memory
/// (stability and difficulty) and sets when it is due: when its predicted recall falls to the desired retention,
/// whole days later (at least 1). Entries never asked have no item. Immutable: <see cref="Record"/> returns a new
/// schedule.
/// </summary>
public sealed record UserSchedule(IReadOnlyList<ScheduleItem> Items)
{
    /// <summary>A schedule with nothing asked yet.</summary>
    public static UserSchedule Empty { get; } = new([]);

    /// <summary>The item of <paramref name="entryId"/>, or null when it was never asked.</summary>
    public ScheduleItem? Find(string entryId) => Items.FirstOrDefault(i => i.EntryId == entryId);

    /// <summary>How many entries are due at or before <paramref name="by"/> (entries never asked are not counted).</summary>
    public int DueCount(DateTimeOffset by) => Items.Count(i => i.Due <= by);

    /// <summary>
    /// The schedule after <paramref name="entryId"/> was answered with <paramref name="score"/> (0 to 10) at
    /// <paramref name="now"/>, scheduled by <paramref name="scheduler"/>.
    /// </summary>
    public UserSchedule Record(string entryId, double score, DateTimeOffset now, FsrsScheduler scheduler)
    {
        var previous = Find(entryId);
        var rating = ScoreRating.Of(score);
        var review = scheduler.Review(previous?.Memory, previous?.LastReview, now, rating);
        var lapsed = previous is not null && rating == FsrsRating.Again ? 1 : 0;
        var item = new ScheduleItem(entryId, review.Memory.Stability, review.Memory.Difficulty, now, review.Due, score,
            (previous?.Reviews ?? 0) + 1, (previous?.Lapses ?? 0) + lapsed);
        return new UserSchedule(Items.Where(i => i.EntryId != entryId).Append(item).OrderBy(i => i.EntryId, StringComparer.Ordinal).ToList());
    }
}
