namespace TutorBot.Core.Interview.Scheduling.Fsrs;

/// <summary>
/// How a review went, in FSRS's four ratings (numbered as FSRS numbers them, 1 to 4): <see cref="Again"/> is a
/// lapse (not recalled); <see cref="Hard"/>, <see cref="Good"/> and <see cref="Easy"/> are recalls of rising ease.
/// </summary>
public enum FsrsRating
{
    /// <summary>Not recalled: a lapse.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled.</summary>
    Good = 3,

    /// <summary>Recalled without effort.</summary>
    Easy = 4,
}
