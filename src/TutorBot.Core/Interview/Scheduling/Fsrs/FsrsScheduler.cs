namespace TutorBot.Core.Interview.Scheduling.Fsrs;

/// <summary>
/// Schedules reviews with FSRS-6 as a long-term scheduler without learning steps and without fuzz: every review,
/// the first included, sets the next one whole days later, when the predicted recall falls to
/// <see cref="DesiredRetention"/>: interval = S / factor · (r^(−1/w20) − 1), rounded (halves up), at least 1 day and
/// at most <see cref="MaximumIntervalDays"/>. Elapsed time is counted in UTC calendar days, so a second review on
/// the same UTC date is a same-day review (FSRS-6's short-term stability formula, w17 to w19).
/// <para>
/// As ts-fsrs does for a review after the first, the Hard, Good and Easy intervals are kept in order (Hard no longer
/// than Good, Good at least Hard + 1, Easy at least Good + 1). Unlike ts-fsrs 5.4.2, the maximum interval is applied
/// after that ordering, so it is never exceeded. This is ts-fsrs with <c>enable_short_term: true</c>, empty
/// <c>learning_steps</c> and <c>relearning_steps</c> and <c>enable_fuzz: false</c>.
/// </para>
/// </summary>
public sealed class FsrsScheduler
{
    /// <summary>The default and greatest maximum interval, in days (100 years).</summary>
    public const int DefaultMaximumIntervalDays = 36500;

    private readonly double _daysPerStabilityDay;

    /// <summary>
    /// A scheduler aiming at <paramref name="desiredRetention"/> (above 0, below 1) with intervals of at most
    /// <paramref name="maximumIntervalDays"/> (1 to 36,500) and <paramref name="model"/> (default weights when null).
    /// </summary>
    public FsrsScheduler(double desiredRetention = 0.9, int maximumIntervalDays = DefaultMaximumIntervalDays, FsrsModel? model = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(desiredRetention, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(desiredRetention, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumIntervalDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maximumIntervalDays, DefaultMaximumIntervalDays);
        DesiredRetention = desiredRetention;
        MaximumIntervalDays = maximumIntervalDays;
        Model = model ?? FsrsModel.Default;
        _daysPerStabilityDay = Model.DaysUntilRecall(1, desiredRetention);
    }

    /// <summary>The probability of recall (0 to 1, exclusive) at which an item falls due.</summary>
    public double DesiredRetention { get; }

    /// <summary>The longest interval, in days.</summary>
    public int MaximumIntervalDays { get; }

    /// <summary>The memory model.</summary>
    public FsrsModel Model { get; }

    /// <summary>
    /// The review of an item rated <paramref name="rating"/> at <paramref name="at"/>. <paramref name="memory"/> and
    /// <paramref name="lastReview"/> describe the item before it; both null for an item never reviewed.
    /// </summary>
    public FsrsReview Review(MemoryState? memory, DateTimeOffset? lastReview, DateTimeOffset at, FsrsRating rating)
    {
        if (memory is null || lastReview is not { } last)
        {
            var first = Model.Initial(rating);
            return Due(first, 0, Interval(first.Stability), at);
        }

        var elapsed = ElapsedDays(last, at);
        var next = Model.Next(memory, elapsed, rating);
        if (rating == FsrsRating.Again)
        {
            return Due(next, elapsed, Interval(next.Stability), at);
        }

        // The interval of each recall rating, so that a better rating never comes back sooner than a worse one.
        var hard = Interval(Model.Next(memory, elapsed, FsrsRating.Hard).Stability);
        var good = Interval(Model.Next(memory, elapsed, FsrsRating.Good).Stability);
        var easy = Interval(Model.Next(memory, elapsed, FsrsRating.Easy).Stability);
        hard = Math.Min(hard, good);
        good = Math.Max(good, hard + 1);
        easy = Math.Max(easy, good + 1);
        var interval = rating switch
        {
            FsrsRating.Hard => hard,
            FsrsRating.Good => good,
            _ => easy,
        };
        return Due(next, elapsed, Math.Min(interval, MaximumIntervalDays), at);
    }

    /// <summary>Whole days (≥ 0) between the UTC calendar dates of <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static int ElapsedDays(DateTimeOffset from, DateTimeOffset to) =>
        Math.Max(0, DateOnly.FromDateTime(to.UtcDateTime).DayNumber - DateOnly.FromDateTime(from.UtcDateTime).DayNumber);

    /// <summary>The interval, in whole days (1 to <see cref="MaximumIntervalDays"/>), of an item with <paramref name="stability"/>.</summary>
    public int Interval(double stability) =>
        (int)Math.Clamp(Math.Round(stability * _daysPerStabilityDay, MidpointRounding.AwayFromZero), 1, MaximumIntervalDays);

    private static FsrsReview Due(MemoryState memory, int elapsed, int interval, DateTimeOffset at) =>
        new(memory, elapsed, interval, at.AddDays(interval));
}
