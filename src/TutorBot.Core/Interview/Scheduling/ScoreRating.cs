using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// Turns a question's score (0 to 10, after hints; a skip scores 0) into the FSRS rating of that review:
/// <list type="bullet">
/// <item>below 5 → <see cref="FsrsRating.Again"/>: less than half of what an interviewer listens for, counted as not
/// known (the line where the former Leitner schedule sent an entry back to its first box);</item>
/// <item>5 to below 7 → <see cref="FsrsRating.Hard"/>: recalled in part; such an entry is also on the summary's study
/// list (<see cref="InterviewOptions.StudyBelowScore"/>, 7 by default);</item>
/// <item>7 to below 9 → <see cref="FsrsRating.Good"/>: the grader's "excellent" band starts at 7;</item>
/// <item>9 or more → <see cref="FsrsRating.Easy"/>: nearly every key point. A hint costs 2 points by default
/// (<see cref="InterviewOptions.HintCost"/>), so an answer that needed one is never Easy.</item>
/// </list>
/// </summary>
public static class ScoreRating
{
    /// <summary>The least score rated Hard.</summary>
    public const double HardFrom = 5;

    /// <summary>The least score rated Good.</summary>
    public const double GoodFrom = 7;

    /// <summary>The least score rated Easy.</summary>
    public const double EasyFrom = 9;

    /// <summary>The rating of <paramref name="score"/> (0 to 10).</summary>
    public static FsrsRating Of(double score) => score switch
    {
        < HardFrom => FsrsRating.Again,
        < GoodFrom => FsrsRating.Hard,
        < EasyFrom => FsrsRating.Good,
        _ => FsrsRating.Easy,
    };
}
