namespace TutorBot.Core.Interview.Grading;

/// <summary>How much of one key point an answer covers.</summary>
public enum KeyPointCoverage
{
    /// <summary>The answer says nothing of the point.</summary>
    Missing,

    /// <summary>The answer touches the point but leaves part of it out.</summary>
    Partial,

    /// <summary>The answer makes the point.</summary>
    Covered,
}
