using TutorBot.Core.Interview.Persistence;

namespace TutorBot.Core.Reminders;

/// <summary>
/// Decides, per reminder, whether to send it now, and claims it before anything is sent: the reminder time has
/// passed in the learner's zone, nothing was sent on their local date, their schedule (<see cref="InterviewStore"/>)
/// has reviews due, and this caller won the ETag-conditioned write of the date (<see cref="ReminderStore.TryClaimAsync"/>).
/// So several hosts checking the same reminders at the same moment send it once: a host that stops between the claim
/// and the send loses that day's reminder rather than sending two.
/// </summary>
public sealed class ReminderClaims(ReminderStore reminders, InterviewStore interviews)
{
    /// <summary>The claimed reminder to send now, or null when it is not due at <paramref name="now"/> or another host claimed it.</summary>
    public async Task<DueReminder?> TryClaimAsync(StoredReminder stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The clock first, so that a round reads only the schedules of learners whose time has come.
        if (!stored.Reminder.CheckTime(now).IsDue)
        {
            return null;
        }

        var (_, schedule) = await interviews.LoadAsync(stored.Reminder.Chat, cancellationToken);
        var check = stored.Reminder.CheckAt(now, schedule);
        if (!check.IsDue || !await reminders.TryClaimAsync(stored, check.LocalDate, cancellationToken))
        {
            return null;
        }

        return new DueReminder(stored.Reminder, check.DueReviews, check.LocalDate);
    }
}
