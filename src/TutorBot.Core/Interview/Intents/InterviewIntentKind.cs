namespace TutorBot.Core.Interview.Intents;

/// <summary>What a message asks the interview to do.</summary>
public enum InterviewIntentKind
{
    /// <summary>Not a command: during an interview it is the answer (or a question of the user's own).</summary>
    Answer,

    /// <summary>Start a mock interview ("mock interview", "模拟面试", "/interview").</summary>
    Start,

    /// <summary>Reveal one key point, at a cost.</summary>
    Hint,

    /// <summary>Give up on the current question (scores 0).</summary>
    Skip,

    /// <summary>Ask the current question again.</summary>
    Repeat,

    /// <summary>End the interview now and show the summary.</summary>
    Stop,

    /// <summary>Yes: continue the unfinished interview.</summary>
    Yes,

    /// <summary>No: drop the unfinished interview and start afresh.</summary>
    No,

    /// <summary>List the syllabus topics one can be interviewed on ("topics", "有哪些主题").</summary>
    Topics,

    /// <summary>"why?" after feedback: explain the key points the last answer missed.</summary>
    Why,
}
