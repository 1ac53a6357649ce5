namespace TutorBot.Core.Reminders;

/// <summary>The reminders that are on, each with the ETag read, and the keys of indexed documents that could not be read (left out).</summary>
public sealed record ActiveReminders(IReadOnlyList<StoredReminder> Reminders, IReadOnlyList<string> Damaged);
