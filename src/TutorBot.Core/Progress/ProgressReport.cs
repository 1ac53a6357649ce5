namespace TutorBot.Core.Progress;

/// <summary>
/// A learner's progress picture at <see cref="GeneratedAt"/>, built by <see cref="ProgressReportBuilder"/>.
/// <see cref="Topics"/> lists every syllabus topic in syllabus order (topics without entries included, with
/// 0 entries), then any topic entries name that the syllabus lacks. <see cref="DueNow"/> counts entries whose review
/// is due at or before <see cref="GeneratedAt"/>; <see cref="DueWithinWeek"/> those due within the next 7 days,
/// the overdue ones included (so it is never below <see cref="DueNow"/>). Never-asked entries are not reviews and
/// count in neither. <see cref="OverallMastery"/> (0 to 1) is the mean predicted recall over every entry, with or
/// without a topic, never-asked as 0. <see cref="Trend"/> holds the last sessions, oldest first, at most
/// <see cref="ProgressReportBuilder.MaxTrendSessions"/>; empty when none finished.
/// </summary>
public sealed record ProgressReport(
    string UserId,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<TopicProgress> Topics,
    int DueNow,
    int DueWithinWeek,
    double OverallMastery,
    int TotalEntries,
    int TotalAsked,
    IReadOnlyList<SessionScore> Trend)
{
    /// <summary>The topics that have at least one entry, in report order: what the table and the chart show.</summary>
    public IReadOnlyList<TopicProgress> TopicsWithEntries => Topics.Where(t => t.Entries > 0).ToList();
}
