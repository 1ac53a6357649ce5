namespace TutorBot.Core.Reminders;

/// <summary>Why a reminder is or is not sent at a moment.</summary>
public enum ReminderCheckOutcome
{
    /// <summary>Send it: the reminder time has passed today, none was sent today and reviews are due.</summary>
    Due,

    /// <summary>The learner stopped reminders.</summary>
    Stopped,

    /// <summary>It is earlier than the reminder time, in the learner's local day.</summary>
    BeforeTime,

    /// <summary>One was already sent on the learner's local date.</summary>
    AlreadySent,

    /// <summary>The time has come but no review is due, so nothing is sent (a later check that day may still send).</summary>
    NothingDue,
}
