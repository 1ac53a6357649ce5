using System.ComponentModel.DataAnnotations;

namespace TutorBot.Retrieval.Grading;

/// <summary>Thresholds of the no-LLM key-point coverage grader, section <c>Grading</c>. Shares run from 0 to 1.</summary>
public sealed class GradingOptions
{
    public const string SectionName = "Grading";

    /// <summary>Least weighted share of a key point's terms an answer must contain for the point to count as covered.</summary>
    [Range(0.0, 1.0)]
    public double CoveredShare { get; set; } = 0.5;

    /// <summary>Least share for a key point to count as partly covered; below it the point is missing.</summary>
    [Range(0.0, 1.0)]
    public double PartialShare { get; set; } = 0.2;

    /// <summary>
    /// Least weighted share of all the reference's terms an answer must contain to be on topic; below it the
    /// answer scores 0 whatever else it says.
    /// </summary>
    [Range(0.0, 1.0)]
    public double OnTopicShare { get; set; } = 0.1;

    /// <summary>
    /// Largest share (0 to 1) of the score taken off an answer whose content lies wholly outside the entry; an
    /// answer wholly within it loses nothing. Rewards answers that stay on the reference's ground.
    /// </summary>
    [Range(0.0, 1.0)]
    public double OffTopicPenalty { get; set; } = 0.3;

    /// <summary>
    /// Weight (0 to 1) of a reference term that the question itself already contains: repeating the question
    /// back is not knowing the answer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double QuestionTermWeight { get; set; } = 0.25;

    /// <summary>
    /// Least weighted share (0 to 1) of a common mistake's terms, and of its distinctive terms, that one sentence of an
    /// answer must hold for the answer to state the mistake.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MistakeShare { get; set; } = 0.6;

    /// <summary>Points (of 10) taken off for each common mistake the answer states.</summary>
    [Range(0.0, 10.0)]
    public double MistakePenalty { get; set; } = 1.5;
}
