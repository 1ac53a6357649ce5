using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Interview;

/// <summary>How mock interviews run; section <c>Interview</c>.</summary>
public sealed class InterviewOptions
{
    public const string SectionName = "Interview";

    /// <summary>Questions in an interview when the user names no number.</summary>
    [Range(1, 50)]
    public int DefaultQuestionCount { get; set; } = 5;

    /// <summary>Most questions one interview may ask; a larger request is cut to this.</summary>
    [Range(1, 100)]
    public int MaxQuestionCount { get; set; } = 15;

    /// <summary>Points (of 10) taken off a question's score for each hint.</summary>
    [Range(0.0, 10.0)]
    public double HintCost { get; set; } = 2;

    /// <summary>A question scoring below this (0 to 10) puts its entry on the study list and its tags among the weak topics.</summary>
    [Range(0.0, 10.0)]
    public double StudyBelowScore { get; set; } = 7;

    /// <summary>Most weak topics the summary names.</summary>
    [Range(0, 20)]
    public int WeakTopicCount { get; set; } = 3;

    /// <summary>
    /// The probability of recall (0.7 to 0.99) at which an asked question falls due again: FSRS schedules each question
    /// for when the learner is predicted to remember it with this probability. Higher asks again sooner and more often.
    /// </summary>
    [Range(0.7, 0.99)]
    public double DesiredRetention { get; set; } = 0.9;

    /// <summary>When false (the default), entries marked incomplete are never asked: their reference cannot grade fairly.</summary>
    public bool IncludeIncomplete { get; set; }
}
