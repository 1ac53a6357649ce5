namespace TutorBot.Core.Interview;

/// <summary>Where an interview stands.</summary>
public enum InterviewStatus
{
    /// <summary>A question is waiting for its answer.</summary>
    Active,

    /// <summary>The user asked for a new interview while one was unfinished; waiting for "continue?" yes or no.</summary>
    AwaitingResume,

    /// <summary>Every question was answered, or the user stopped; the summary was given.</summary>
    Finished,
}
