namespace TutorBot.Core.Reminders;

/// <summary>A reminder claimed for <paramref name="LocalDate"/> (the learner's local date) and now to be sent once: <paramref name="DueReviews"/> reviews are due.</summary>
public sealed record DueReminder(Reminder Reminder, int DueReviews, DateOnly LocalDate);
