using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Summary;
using TutorBot.Core.Interview.Scheduling;

namespace TutorBot.Core.Interview;

/// <summary>
/// The engine's answer to one message: the reply model for the channel to render, and the new
/// <see cref="State"/> and <see cref="Schedule"/> for the caller to store (the engine itself stores nothing).
/// <see cref="State"/> is null when no interview exists; a finished interview comes back with status Finished.
/// Which optional parts are set depends on <see cref="Kind"/>.
/// </summary>
public sealed record InterviewReply(InterviewReplyKind Kind, InterviewState? State, UserSchedule Schedule, Language Language)
{
    /// <summary>The question to show now (first, next, repeated, or re-asked after a hint or side question).</summary>
    public QuestionPrompt? Question { get; init; }

    /// <summary>Feedback on the answer or skip just given.</summary>
    public AnswerFeedback? Feedback { get; init; }

    /// <summary>The key point revealed by a hint, and the score it costs.</summary>
    public KeyPoint? Hint { get; init; }

    /// <summary>Points taken off the current question's score per hint.</summary>
    public double HintCost { get; init; }

    /// <summary>The cited answer to a question the user asked mid-interview; null when withheld.</summary>
    public GroundedAnswer? SideAnswer { get; init; }

    /// <summary>True when the user's question was about the question being asked, so the answer was withheld.</summary>
    public bool SideAnswerWithheld { get; init; }

    /// <summary>The end-of-interview summary.</summary>
    public InterviewSummary? Summary { get; init; }

    /// <summary>The last graded answer's result, explained (for <see cref="InterviewReplyKind.Explanation"/>).</summary>
    public AnswerFeedback? Explanation { get; init; }

    /// <summary>The syllabus topics that have questions, in syllabus order (for <see cref="InterviewReplyKind.Topics"/> and <see cref="InterviewReplyKind.NoQuestions"/>).</summary>
    public IReadOnlyList<TopicQuestions> Topics { get; init; } = [];

    /// <summary>The topic asked for that found no question (for <see cref="InterviewReplyKind.NoQuestions"/>).</summary>
    public string? Topic { get; init; }

    /// <summary>
    /// Where the user's stored documents that could not be read were set aside before this turn (keys under
    /// <c>damaged/</c>, see <c>DamagedRecords</c>); the turn ran without them. Empty normally.
    /// </summary>
    public IReadOnlyList<string> SetAside { get; init; } = [];
}
