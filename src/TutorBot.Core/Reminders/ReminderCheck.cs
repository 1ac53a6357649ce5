namespace TutorBot.Core.Reminders;

/// <summary>
/// The outcome of checking a reminder at a moment: whether to send, the learner's local date at that moment (the day
/// a sent reminder counts for) and, when due, the number of reviews due.
/// </summary>
public sealed record ReminderCheck(ReminderCheckOutcome Outcome, DateOnly LocalDate, int DueReviews = 0)
{
    /// <summary>True when the reminder should be sent.</summary>
    public bool IsDue => Outcome == ReminderCheckOutcome.Due;
}
