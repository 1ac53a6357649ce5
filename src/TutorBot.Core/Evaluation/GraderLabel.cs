namespace TutorBot.Core.Evaluation;

/// <summary>The quality a person gave a labelled answer.</summary>
public enum GraderLabel
{
    Empty,
    OffTopic,
    Wrong,
    Partial,
    Excellent,
}
