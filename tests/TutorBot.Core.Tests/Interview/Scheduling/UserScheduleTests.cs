using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Tests.Interview.Scheduling;

public sealed class UserScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    [Theory]
    [InlineData(0, FsrsRating.Again)]
    [InlineData(4.9, FsrsRating.Again)]
    [InlineData(5, FsrsRating.Hard)]
    [InlineData(6.9, FsrsRating.Hard)]
    [InlineData(7, FsrsRating.Good)]
    [InlineData(8.9, FsrsRating.Good)]
    [InlineData(9, FsrsRating.Easy)]
    [InlineData(10, FsrsRating.Easy)]
    public void RatesScoresInFourBands(double score, FsrsRating rating) => Assert.Equal(rating, ScoreRating.Of(score));

    [Fact]
    public void SchedulesEachEntryByTheRatingOfItsScore()
    {
        var schedule = UserSchedule.Empty.Record("a1", 9.5, Now, Scheduler).Record("a2", 7.5, Now, Scheduler).Record("a3", 2, Now, Scheduler);

        // First reviews: stability w0..w3, intervals of stability days at 90 % retention (at least 1).
        Assert.Equal((8.2956, Now.AddDays(8)), (schedule.Find("a1")!.Stability, schedule.Find("a1")!.Due));
        Assert.Equal((2.3065, Now.AddDays(2)), (schedule.Find("a2")!.Stability, schedule.Find("a2")!.Due));
        Assert.Equal((0.212, Now.AddDays(1)), (schedule.Find("a3")!.Stability, schedule.Find("a3")!.Due));
        Assert.True(schedule.Find("a3")!.Difficulty > schedule.Find("a2")!.Difficulty);
        Assert.Equal(["a1", "a2", "a3"], schedule.Items.Select(i => i.EntryId));
    }

    [Fact]
    public void CountsReviewsAndLapsesAndKeepsTheLastScore()
    {
        var first = UserSchedule.Empty.Record("a1", 8, Now, Scheduler);
        var second = first.Record("a1", 8, first.Find("a1")!.Due, Scheduler);
        var lapseAt = second.Find("a1")!.Due.AddDays(9);

        var third = second.Record("a1", 3, lapseAt, Scheduler);

        var item = third.Find("a1")!;
        Assert.Equal((3, 1, 3.0), (item.Reviews, item.Lapses, item.LastScore));
        Assert.Equal((0, 0), (first.Find("a1")!.Lapses, second.Find("a1")!.Lapses));
        Assert.Equal(lapseAt, item.LastReview);
        Assert.True(item.Stability < second.Find("a1")!.Stability, $"stability {item.Stability} after the lapse");
    }

    [Fact]
    public void CountsWhatIsDueByATimeAndPredictsRecallBetweenReviews()
    {
        var schedule = UserSchedule.Empty.Record("a1", 9.5, Now, Scheduler).Record("a2", 7.5, Now, Scheduler).Record("a3", 2, Now, Scheduler);

        Assert.Equal(0, schedule.DueCount(Now.AddHours(23)));
        Assert.Equal(1, schedule.DueCount(Now.AddDays(1)));
        Assert.Equal(2, schedule.DueCount(Now.AddDays(7)));
        Assert.Equal(3, schedule.DueCount(Now.AddDays(8)));

        var item = schedule.Find("a2")!;
        Assert.Equal(1.0, item.RecallAt(Now), 12);
        Assert.Equal(1.0, item.RecallAt(Now.AddDays(-3)), 12);
        Assert.Equal(0.9, item.RecallAt(Now.AddDays(item.Stability)), 6);
        Assert.True(item.RecallAt(Now.AddDays(1)) > item.RecallAt(Now.AddDays(30)));
    }
}
