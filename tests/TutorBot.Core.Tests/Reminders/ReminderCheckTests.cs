using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Reminders;
using TutorBot.Core.State;

namespace TutorBot.Core.Tests.Reminders;

public sealed class ReminderCheckTests
{
    private static readonly DateTimeOffset Asked = new(2026, 2, 28, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    // 09:00 in Shanghai is 01:00 UTC.
    [InlineData("2026-03-02T00:59:00Z", ReminderCheckOutcome.BeforeTime)]
    [InlineData("2026-03-02T01:00:00Z", ReminderCheckOutcome.Due)]
    [InlineData("2026-03-02T15:59:00Z", ReminderCheckOutcome.Due)]
    // 00:30 on 3 March in Shanghai: a new local day, before 09:00.
    [InlineData("2026-03-02T16:30:00Z", ReminderCheckOutcome.BeforeTime)]
    public void SendsOnceTheLocalTimeHasPassed(string now, ReminderCheckOutcome expected)
    {
        var reminder = Reminder(new TimeOnly(9, 0), "Asia/Shanghai");

        var check = reminder.CheckAt(DateTimeOffset.Parse(now), DueSchedule());

        Assert.Equal(expected, check.Outcome);
    }

    [Fact]
    public void CountsTheLocalDateNotTheUtcDate()
    {
        // 00:30 on 3 March in Shanghai is still 2 March in UTC.
        var now = new DateTimeOffset(2026, 3, 2, 16, 30, 0, TimeSpan.Zero);
        var sentOnSecond = new DateOnly(2026, 3, 2);

        var shanghai = Reminder(new TimeOnly(0, 15), "Asia/Shanghai", sentOnSecond).CheckAt(now, DueSchedule());
        var utc = Reminder(new TimeOnly(0, 15), "UTC", sentOnSecond).CheckAt(now, DueSchedule());

        Assert.Equal(ReminderCheckOutcome.Due, shanghai.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 3), shanghai.LocalDate);
        Assert.Equal(ReminderCheckOutcome.AlreadySent, utc.Outcome);
        Assert.Equal(sentOnSecond, utc.LocalDate);
    }

    [Fact]
    public void ALateEveningReminderIsDueJustBeforeLocalMidnightAndNotAfterIt()
    {
        var reminder = Reminder(new TimeOnly(23, 30), "UTC", lastSent: new DateOnly(2026, 3, 1));

        var before = reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 23, 45, 0, TimeSpan.Zero), DueSchedule());
        var after = reminder.CheckAt(new DateTimeOffset(2026, 3, 3, 0, 5, 0, TimeSpan.Zero), DueSchedule());

        Assert.Equal(ReminderCheckOutcome.Due, before.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 2), before.LocalDate);
        Assert.Equal(ReminderCheckOutcome.BeforeTime, after.Outcome);
    }

    [Fact]
    public void AMidnightReminderIsDueFromTheFirstMinuteOfTheLocalDay()
    {
        var reminder = Reminder(new TimeOnly(0, 0), "Asia/Shanghai", lastSent: new DateOnly(2026, 3, 2));

        // 16:00 UTC on 2 March is 00:00 on 3 March in Shanghai.
        var check = reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 16, 0, 0, TimeSpan.Zero), DueSchedule());

        Assert.Equal(ReminderCheckOutcome.Due, check.Outcome);
        Assert.Equal(new DateOnly(2026, 3, 3), check.LocalDate);
    }

    [Fact]
    public void SendsAtMostOncePerLocalDate()
    {
        var now = new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero);
        var reminder = Reminder(new TimeOnly(9, 0), "Asia/Shanghai", lastSent: new DateOnly(2026, 3, 2));

        Assert.Equal(ReminderCheckOutcome.AlreadySent, reminder.CheckAt(now, DueSchedule()).Outcome);
        Assert.Equal(ReminderCheckOutcome.Due, reminder.CheckAt(now.AddDays(1), DueSchedule()).Outcome);
    }

    [Fact]
    public void SendsNothingWhenNoReviewIsDueYet()
    {
        var schedule = new UserSchedule([Item("q1", due: new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero))]);
        var reminder = Reminder(new TimeOnly(9, 0), "Asia/Shanghai");

        // 11:00 in Shanghai: past 09:00, but q1 is due at 12:00 local.
        var early = reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero), schedule);
        var later = reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero), schedule);

        Assert.Equal(ReminderCheckOutcome.NothingDue, early.Outcome);
        Assert.Equal(ReminderCheckOutcome.NothingDue, reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 4, 0, 0, TimeSpan.Zero), UserSchedule.Empty).Outcome);
        Assert.Equal(ReminderCheckOutcome.Due, later.Outcome);
        Assert.Equal(1, later.DueReviews);
    }

    [Fact]
    public void CountsEveryDueReview()
    {
        var now = new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero);
        var schedule = new UserSchedule([Item("a", now.AddDays(-2)), Item("b", now), Item("c", now.AddMinutes(1))]);

        var check = Reminder(new TimeOnly(9, 0), "Asia/Shanghai").CheckAt(now, schedule);

        Assert.Equal(2, check.DueReviews);
    }

    [Fact]
    public void AStoppedReminderIsNeverDue()
    {
        var reminder = Reminder(new TimeOnly(9, 0), "UTC") with { Stopped = true };

        Assert.Equal(ReminderCheckOutcome.Stopped, reminder.CheckAt(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero), DueSchedule()).Outcome);
    }

    [Fact]
    public void AFixedOffsetZoneKeepsItsOffset()
    {
        var reminder = Reminder(new TimeOnly(9, 0), ReminderTimeZones.OfOffset(TimeSpan.FromHours(-5)));

        Assert.Equal("UTC-05:00", reminder.TimeZone);
        Assert.Equal(ReminderCheckOutcome.BeforeTime, reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 13, 59, 0, TimeSpan.Zero), DueSchedule()).Outcome);
        Assert.Equal(ReminderCheckOutcome.Due, reminder.CheckAt(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero), DueSchedule()).Outcome);
    }

    [Theory]
    [InlineData("Asia/Shanghai", null, "Asia/Shanghai")]
    [InlineData("Not/AZone", 8.0, "UTC+08:00")]
    [InlineData(null, -5.5, "UTC-05:30")]
    [InlineData("", null, "Europe/Berlin")]
    [InlineData("Not/AZone", null, "Europe/Berlin")]
    public void ChoosesTheChannelsZoneThenItsOffsetThenTheDefault(string? iana, double? offsetHours, string expected)
    {
        var offset = offsetHours is { } h ? TimeSpan.FromHours(h) : (TimeSpan?)null;

        Assert.Equal(expected, ReminderTimeZones.Choose(iana, offset, "Europe/Berlin"));
    }

    private static Reminder Reminder(TimeOnly at, string zone, DateOnly? lastSent = null) =>
        new(new ChatKey("test", "conv", "user"), at, zone, Language.English, "{}", lastSent);

    private static UserSchedule DueSchedule() => new([Item("q1", Asked.AddDays(1))]);

    private static ScheduleItem Item(string id, DateTimeOffset due) => new(id, 1, 5, due.AddDays(-1), due, 2, 1);
}
