namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// Converts an item stored by the former five-box Leitner schedule (box 1 to 5, due 0, 1, 3, 7 or 21 days after it
/// was asked) into an FSRS item, so no stored schedule is lost: it keeps its due time, last score and review count;
/// it was last asked its box's interval before its due time; its stability is that interval (at least 1 day: the
/// schedule meant the entry to be recalled until then); its difficulty is FSRS's initial difficulty for the rating of
/// its last score (<see cref="ScoreRating"/>); it has no lapses on record.
/// </summary>
public static class LeitnerConversion
{
    /// <summary>Days until an entry in box 1..5 was due again.</summary>
    public static readonly IReadOnlyList<int> IntervalDays = [0, 1, 3, 7, 21];

    /// <summary>The FSRS item of a Leitner item; a box outside 1 to 5 counts as the nearest box.</summary>
    public static ScheduleItem ToFsrs(string entryId, int box, DateTimeOffset due, double lastScore, int reviews)
    {
        var interval = IntervalDays[Math.Clamp(box, 1, IntervalDays.Count) - 1];
        var difficulty = Math.Clamp(Fsrs.FsrsModel.Default.InitialDifficulty(ScoreRating.Of(lastScore)), 1, 10);
        return new ScheduleItem(entryId, Math.Max(interval, 1), difficulty, due.AddDays(-interval), due, lastScore, reviews);
    }
}
