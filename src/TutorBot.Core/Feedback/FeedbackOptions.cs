using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Feedback;

/// <summary>How much the feedback side keeps, section <c>Feedback</c>.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>
    /// Answers remembered per conversation for votes that name only the message (Teams' feedback loop), newest kept
    /// (1 to 10,000). A vote on an older answer is still recorded, without its question and entries.
    /// </summary>
    [Range(1, 10_000)]
    public int AnswersPerConversation { get; set; } = 100;
}
