using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// Picks the questions of one interview from candidate entries, without repeats, in the order the
/// <see cref="UserSchedule"/> asks for:
/// <list type="number">
/// <item>entries that are due, the lowest predicted recall (<see cref="ScheduleItem.RecallAt"/>) first: what the
/// user is likeliest to have forgotten, such as a question answered wrongly;</item>
/// <item>entries never asked, in syllabus order (<see cref="SyllabusTopic.Order"/>; entries without a topic after
/// the others), then by difficulty (basic, standard, advanced; not given counts as standard), then in the order the
/// candidates come: a learner works through a topic's basics before its advanced entries;</item>
/// <item>entries not yet due, the lowest predicted recall first.</item>
/// </list>
/// Remaining ties go to the earlier due time, then the entry id. No randomness: the same candidates, schedule and
/// clock give the same questions.
/// </summary>
public static class QuestionSelector
{
    private const int StandardDifficulty = 2;

    /// <summary>Up to <paramref name="count"/> distinct entry ids from <paramref name="candidates"/>, as of <paramref name="now"/>.</summary>
    public static IReadOnlyList<string> Select(IReadOnlyList<KnowledgeEntry> candidates, UserSchedule schedule, int count, DateTimeOffset now)
    {
        var entries = candidates.DistinctBy(e => e.Id, StringComparer.Ordinal).ToList();
        var scheduled = entries.Select(e => schedule.Find(e.Id)).OfType<ScheduleItem>().ToList();
        var unseen = entries
            .Where(e => schedule.Find(e.Id) is null)
            .OrderBy(e => e.Topic?.Order ?? int.MaxValue)
            .ThenBy(e => e.Difficulty is >= 1 and <= 3 ? e.Difficulty : StandardDifficulty)
            .Select(e => e.Id);
        return ByRecall(scheduled.Where(i => i.Due <= now), now)
            .Concat(unseen)
            .Concat(ByRecall(scheduled.Where(i => i.Due > now), now))
            .Take(Math.Max(count, 0))
            .ToList();
    }

    private static IEnumerable<string> ByRecall(IEnumerable<ScheduleItem> items, DateTimeOffset now) =>
        items.OrderBy(i => i.RecallAt(now)).ThenBy(i => i.Due).ThenBy(i => i.EntryId, StringComparer.Ordinal).Select(i => i.EntryId);
}
