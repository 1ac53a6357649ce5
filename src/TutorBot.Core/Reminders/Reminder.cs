using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.State;

namespace TutorBot.Core.Reminders;

/// <summary>
/// A learner's daily review reminder: sent in the conversation <paramref name="Chat"/> (the learner is its channel
/// and user; the schedule is theirs) at or after <paramref name="At"/>, local time in <paramref name="TimeZone"/>
/// (<see cref="ReminderTimeZones"/>), in <paramref name="Language"/>. <paramref name="ConversationReference"/> is
/// opaque to Core: whatever the channel needs to write to the learner later (the bot stores Bot Framework's
/// conversation reference as JSON). <paramref name="LastSentLocalDate"/> is the learner's local date of the last
/// reminder sent (null: none yet); <paramref name="Stopped"/> is true once the learner turned reminders off.
/// </summary>
public sealed record Reminder(
    ChatKey Chat,
    TimeOnly At,
    string TimeZone,
    Language Language,
    string ConversationReference,
    DateOnly? LastSentLocalDate = null,
    bool Stopped = false)
{
    /// <summary>
    /// Whether to send at <paramref name="now"/>: the learner's local time has reached <see cref="At"/> today, no
    /// reminder was sent on this local date (nor a later one, should the learner's zone have moved west), and
    /// <paramref name="schedule"/> has reviews due at <paramref name="now"/> (<see cref="UserSchedule.DueCount"/>).
    /// </summary>
    public ReminderCheck CheckAt(DateTimeOffset now, UserSchedule schedule)
    {
        var time = CheckTime(now);
        if (time.Outcome != ReminderCheckOutcome.Due)
        {
            return time;
        }

        var due = schedule.DueCount(now);
        return due > 0 ? time with { DueReviews = due } : time with { Outcome = ReminderCheckOutcome.NothingDue };
    }

    /// <summary>
    /// <see cref="CheckAt"/> without the schedule: <see cref="ReminderCheckOutcome.Due"/> (with no count) means the
    /// time has come and only the schedule is left to ask, so a round need not read every learner's schedule.
    /// </summary>
    public ReminderCheck CheckTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ReminderTimeZones.Find(TimeZone));
        var date = DateOnly.FromDateTime(local.DateTime);
        var outcome = Stopped ? ReminderCheckOutcome.Stopped
            : LastSentLocalDate >= date ? ReminderCheckOutcome.AlreadySent
            : TimeOnly.FromDateTime(local.DateTime) < At ? ReminderCheckOutcome.BeforeTime
            : ReminderCheckOutcome.Due;
        return new ReminderCheck(outcome, date);
    }
}
