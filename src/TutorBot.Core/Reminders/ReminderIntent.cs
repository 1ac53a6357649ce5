namespace TutorBot.Core.Reminders;

/// <summary>A parsed reminder command; for <see cref="ReminderIntentKind.Set"/>, <paramref name="At"/> is the learner's local time of day.</summary>
public sealed record ReminderIntent(ReminderIntentKind Kind, TimeOnly? At = null)
{
    /// <summary>A message that is no reminder command.</summary>
    public static ReminderIntent None { get; } = new(ReminderIntentKind.None);

    /// <summary>"stop reminders".</summary>
    public static ReminderIntent Stop { get; } = new(ReminderIntentKind.Stop);

    /// <summary>About reminders, without a usable time.</summary>
    public static ReminderIntent Usage { get; } = new(ReminderIntentKind.Usage);
}
