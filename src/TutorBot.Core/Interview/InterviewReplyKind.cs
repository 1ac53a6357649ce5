namespace TutorBot.Core.Interview;

/// <summary>What an <see cref="InterviewReply"/> mainly holds; channels pick their rendering by it.</summary>
public enum InterviewReplyKind
{
    /// <summary>The message is not for the interview (no interview runs and it is no start): answer it as a normal question.</summary>
    NotHandled,

    /// <summary>A question: the first one, or the current one repeated.</summary>
    Question,

    /// <summary>A hint (one key point) and the current question again.</summary>
    Hint,

    /// <summary>No hint left for this question; the current question again.</summary>
    NoMoreHints,

    /// <summary>Feedback on the answer (or the skip) and the next question.</summary>
    Feedback,

    /// <summary>The user asked a question of their own: a short cited answer (or a polite refusal when it would give the current answer away), and the question again.</summary>
    SideAnswer,

    /// <summary>The interview ended: the summary, after feedback on the last answer when there was one.</summary>
    Summary,

    /// <summary>An unfinished interview exists: "continue where you left off?" with its current question.</summary>
    ResumeOffer,

    /// <summary>The knowledge base has no question for the topic asked for; no interview was started.</summary>
    NoQuestions,

    /// <summary>The syllabus topics with questions, in <see cref="InterviewReply.Topics"/>.</summary>
    Topics,

    /// <summary>Why the last answer's missed key points matter, in <see cref="InterviewReply.Explanation"/>; the question follows.</summary>
    Explanation,
}
