namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// One user's spaced-repetition schedule over the knowledge base, a Leitner system with five boxes. After each
/// graded question (a skip counts as 0):
/// <list type="bullet">
/// <item>score below 5: back to box 1, due at once (it comes back first in the next interview);</item>
/// <item>5 to below 8: at least box 2, otherwise stays in its box;</item>
/// <item>8 or more: one box up (at most box 5).</item>
/// </list>
/// An entry in box b is due <see cref="IntervalDays"/>[b-1] days (0, 1, 3, 7, 21) after it was last asked.
/// Entries never asked have no item. Immutable: <see cref="Record"/> returns a new schedule.
/// </summary>
public sealed record UserSchedule(IReadOnlyList<ScheduleItem> Items)
{
    /// <summary>The highest box.</summary>
    public const int MaxBox = 5;

    /// <summary>Days until an entry in box 1..5 is due again.</summary>
    public static readonly IReadOnlyList<int> IntervalDays = [0, 1, 3, 7, 21];

    /// <summary>A schedule with nothing asked yet.</summary>
    public static UserSchedule Empty { get; } = new([]);

    /// <summary>The item of <paramref name="entryId"/>, or null when it was never asked.</summary>
    public ScheduleItem? Find(string entryId) => Items.FirstOrDefault(i => i.EntryId == entryId);

    /// <summary>The schedule after <paramref name="entryId"/> was answered with <paramref name="score"/> (0 to 10) at <paramref name="now"/>.</summary>
    public UserSchedule Record(string entryId, double score, DateTimeOffset now)
    {
        var previous = Find(entryId);
        var box = previous?.Box ?? 1;
        box = score switch
        {
            < 5 => 1,
            < 8 => Math.Max(box, 2),
            _ => Math.Min(box + 1, MaxBox),
        };
        var item = new ScheduleItem(entryId, box, now.AddDays(IntervalDays[box - 1]), score, (previous?.Reviews ?? 0) + 1);
        return new UserSchedule(Items.Where(i => i.EntryId != entryId).Append(item).OrderBy(i => i.EntryId, StringComparer.Ordinal).ToList());
    }
}
