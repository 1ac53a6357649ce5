using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// The repetition record of one entry for one user: its FSRS memory (<paramref name="Stability"/> in days, 0.001 to
/// 36,500; <paramref name="Difficulty"/> 1 to 10), when it was last asked, when it is next due, the last score (0 to
/// 10), how often it was asked and how often it was forgotten (rated Again after the first time).
/// </summary>
public sealed record ScheduleItem(
    string EntryId,
    double Stability,
    double Difficulty,
    DateTimeOffset LastReview,
    DateTimeOffset Due,
    double LastScore,
    int Reviews,
    int Lapses = 0)
{
    /// <summary>The FSRS memory state.</summary>
    public MemoryState Memory => new(Stability, Difficulty);

    /// <summary>
    /// The predicted probability (0 to 1) that the user recalls the entry at <paramref name="at"/>: 1 right after it
    /// was asked, falling along FSRS-6's forgetting curve (default weights) with the time since, counted in fractional
    /// days (the scheduler counts whole days); 0.9 after <see cref="Stability"/> days. A time before the last review
    /// counts as that moment.
    /// </summary>
    public double RecallAt(DateTimeOffset at) => FsrsModel.Default.Retrievability((at - LastReview).TotalDays, Stability);
}
