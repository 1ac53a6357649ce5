namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// The repetition record of one entry for one user: its Leitner <paramref name="Box"/> (1 to
/// <see cref="UserSchedule.MaxBox"/>), when it is next due, the last score (0 to 10) and how often it was asked.
/// </summary>
public sealed record ScheduleItem(string EntryId, int Box, DateTimeOffset Due, double LastScore, int Reviews);
