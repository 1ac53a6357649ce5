using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// Picks the questions of one interview from candidate entries, without repeats, in the order the
/// <see cref="UserSchedule"/> asks for: first entries that are due (lowest box first, then longest overdue), then
/// entries never asked (in random order), then entries not yet due (soonest first). Deterministic for a given
/// <see cref="Random"/> seed and clock.
/// </summary>
public sealed class QuestionSelector(Random random)
{
    /// <summary>Up to <paramref name="count"/> distinct entry ids from <paramref name="candidates"/>.</summary>
    public IReadOnlyList<string> Select(IReadOnlyList<KnowledgeEntry> candidates, UserSchedule schedule, int count, DateTimeOffset now)
    {
        var ids = candidates.Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();
        var scheduled = ids.Select(schedule.Find).OfType<ScheduleItem>().ToList();
        var due = scheduled.Where(i => i.Due <= now).OrderBy(i => i.Box).ThenBy(i => i.Due).ThenBy(i => i.EntryId, StringComparer.Ordinal);
        var later = scheduled.Where(i => i.Due > now).OrderBy(i => i.Due).ThenBy(i => i.Box).ThenBy(i => i.EntryId, StringComparer.Ordinal);
        var unseen = ids.Where(id => schedule.Find(id) is null).ToArray();
        random.Shuffle(unseen);
        return due.Select(i => i.EntryId).Concat(unseen).Concat(later.Select(i => i.EntryId)).Take(Math.Max(count, 0)).ToList();
    }
}
