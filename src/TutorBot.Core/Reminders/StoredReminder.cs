namespace TutorBot.Core.Reminders;

/// <summary>A reminder as read from the store: its key and the ETag of the version read (what a claim is conditioned on).</summary>
public sealed record StoredReminder(string Key, Reminder Reminder, string ETag);
