using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Tests.Interview.Scheduling;

/// <summary>Properties FSRS-6 must have whatever the histories: the curve's anchor, lapses, retention, the cap.</summary>
public sealed class FsrsModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly FsrsModel Model = FsrsModel.Default;

    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    [InlineData(2.3065)]
    [InlineData(37)]
    [InlineData(5000)]
    public void RecallIsNinetyPercentAfterStabilityDaysAndOneRightAfterAReview(double stability)
    {
        Assert.Equal(0.9, Model.Retrievability(stability, stability), 12);
        Assert.Equal(1.0, Model.Retrievability(0, stability), 12);
        Assert.True(Model.Retrievability(2 * stability, stability) < 0.9);
        Assert.Equal(stability, Model.DaysUntilRecall(stability, 0.9), 9);
    }

    [Theory]
    [InlineData(FsrsRating.Hard, 1)]
    [InlineData(FsrsRating.Good, 5)]
    [InlineData(FsrsRating.Easy, 30)]
    public void ALapseLowersStabilityWhileARecallRaisesIt(FsrsRating first, int daysLater)
    {
        var memory = Model.Initial(first);

        var lapsed = Model.Next(memory, daysLater, FsrsRating.Again);
        var recalled = Model.Next(memory, daysLater, FsrsRating.Good);
        var lapsedSameDay = Model.Next(memory, 0, FsrsRating.Again);

        Assert.True(lapsed.Stability < memory.Stability, $"{lapsed.Stability} after a lapse, {memory.Stability} before");
        Assert.True(lapsedSameDay.Stability < memory.Stability);
        Assert.True(recalled.Stability > memory.Stability);
        Assert.True(lapsed.Difficulty > memory.Difficulty);
    }

    [Fact]
    public void AHigherDesiredRetentionGivesShorterIntervals()
    {
        var intervals = new[] { 0.7, 0.8, 0.9, 0.95, 0.99 }
            .Select(r => ReviewGoodFiveTimes(new FsrsScheduler(r)))
            .ToList();

        for (var i = 1; i < intervals.Count; i++)
        {
            Assert.True(intervals[i] < intervals[i - 1], $"{intervals[i]} days at the higher retention, {intervals[i - 1]} at the lower");
        }
    }

    [Fact]
    public void BetterRatingsNeverComeBackSoonerAndNoIntervalPassesTheMaximum()
    {
        var scheduler = new FsrsScheduler(0.9, maximumIntervalDays: 180);
        var first = scheduler.Review(null, null, Now, FsrsRating.Easy);

        var intervals = Enum.GetValues<FsrsRating>()
            .Select(r => scheduler.Review(first.Memory, Now, Now.AddDays(first.IntervalDays), r).IntervalDays)
            .ToList();
        var capped = Enumerable.Range(0, 6).Aggregate(first, (review, _) => scheduler.Review(review.Memory, review.Due.AddDays(-review.IntervalDays), review.Due, FsrsRating.Easy));

        Assert.Equal(intervals.Order(), intervals);
        Assert.Equal(180, capped.IntervalDays);
    }

    [Theory]
    [InlineData("2026-01-05T09:00:00Z", "2026-01-05T23:59:00Z", 0)]
    [InlineData("2026-01-05T23:50:00Z", "2026-01-06T00:10:00Z", 1)]
    [InlineData("2026-01-05T09:00:00+08:00", "2026-01-05T07:00:00Z", 0)]
    [InlineData("2026-01-05T09:00:00Z", "2026-01-04T09:00:00Z", 0)]
    public void CountsElapsedTimeInUtcCalendarDays(string from, string to, int days) =>
        Assert.Equal(days, FsrsScheduler.ElapsedDays(DateTimeOffset.Parse(from), DateTimeOffset.Parse(to)));

    private static int ReviewGoodFiveTimes(FsrsScheduler scheduler)
    {
        var review = scheduler.Review(null, null, Now, FsrsRating.Good);
        for (var i = 0; i < 4; i++)
        {
            review = scheduler.Review(review.Memory, review.Due.AddDays(-review.IntervalDays), review.Due, FsrsRating.Good);
        }

        return review.IntervalDays;
    }
}
