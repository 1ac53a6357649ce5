using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Progress;

/// <summary>
/// Computes a <see cref="ProgressReport"/> from plain inputs, so it does not depend on how the scheduler stores
/// its state: the scheduler only answers "what is this entry's predicted recall" and "when is it due".
/// </summary>
public static class ProgressReportBuilder
{
    /// <summary>How many of the most recent sessions the score trend shows.</summary>
    public const int MaxTrendSessions = 10;

    /// <summary>The horizon of <see cref="ProgressReport.DueWithinWeek"/>.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>
    /// The report for <paramref name="userId"/> at <paramref name="now"/>.
    /// </summary>
    /// <param name="userId">Who the report is for; copied into the report.</param>
    /// <param name="entries">Every knowledge entry; entries without a <see cref="KnowledgeEntry.Topic"/> count in the totals and due counts only.</param>
    /// <param name="syllabus">The topics to list, in order.</param>
    /// <param name="predictedRecall">An entry id's predicted probability of recall now (0 to 1; values outside are clamped), or null when the entry was never asked.</param>
    /// <param name="dueAt">When an entry id's next review is due, or null when it has none (never asked).</param>
    /// <param name="now">The instant the report describes.</param>
    /// <param name="sessions">The learner's finished interviews, in any order; those without scores are left out of the trend.</param>
    public static ProgressReport Build(
        string userId,
        IReadOnlyList<KnowledgeEntry> entries,
        Syllabus syllabus,
        Func<string, double?> predictedRecall,
        Func<string, DateTimeOffset?> dueAt,
        DateTimeOffset now,
        IReadOnlyList<FinishedSession> sessions)
    {
        var recalls = entries.ToDictionary(e => e.Id, e => Clamp(predictedRecall(e.Id)), StringComparer.Ordinal);
        var dues = entries.Select(e => dueAt(e.Id)).Where(d => d is not null).Select(d => d!.Value).ToList();

        var byTopic = entries.Where(e => e.Topic is not null).GroupBy(e => e.Topic!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var topics = syllabus.Topics
            .Select(t => Topic(t, byTopic.GetValueOrDefault(t.Id) ?? [], recalls))
            .ToList();
        // Entries may name a topic the syllabus lacks (a draft pack); list them after the syllabus, by id.
        topics.AddRange(byTopic
            .Where(g => syllabus.Find(g.Key) is null)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Topic(g.Value[0].Topic!, g.Value, recalls)));

        return new ProgressReport(
            userId,
            now,
            topics,
            DueNow: dues.Count(d => d <= now),
            DueWithinWeek: dues.Count(d => d <= now + Week),
            OverallMastery: Mean(entries.Select(e => recalls[e.Id] ?? 0)),
            TotalEntries: entries.Count,
            TotalAsked: recalls.Values.Count(r => r is not null),
            Trend: Trend(sessions));
    }

    private static TopicProgress Topic(SyllabusTopic topic, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyDictionary<string, double?> recalls) =>
        new(topic.Id, topic.Name, entries.Count, entries.Count(e => recalls[e.Id] is not null), Mean(entries.Select(e => recalls[e.Id] ?? 0)));

    private static List<SessionScore> Trend(IReadOnlyList<FinishedSession> sessions) =>
        sessions
            .Where(s => s.Scores.Count > 0)
            .OrderBy(s => s.CompletedAt)
            .TakeLast(MaxTrendSessions)
            .Select(s => new SessionScore(s.CompletedAt, s.Scores.Select(x => Math.Clamp(x, 0, 10)).Average(), s.Scores.Count))
            .ToList();

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }

    private static double? Clamp(double? recall) => recall switch
    {
        null => null,
        double.NaN => 0,
        var r => Math.Clamp(r.Value, 0, 1),
    };
}
