namespace TutorBot.Core.Reminders;

/// <summary>What a message asks of the daily review reminder.</summary>
public enum ReminderIntentKind
{
    /// <summary>Not about reminders: the message goes on to the interview and the tutor.</summary>
    None,

    /// <summary>Remind me every day at a time ("remind me every day at 9", "每天晚上8点提醒我").</summary>
    Set,

    /// <summary>No more reminders ("stop reminders", "取消提醒").</summary>
    Stop,

    /// <summary>About reminders but without a time that can be read ("remind me", "提醒我", "remind me at 25:00"): say how.</summary>
    Usage,
}
