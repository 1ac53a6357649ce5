namespace TutorBot.Core.Interview;

/// <summary>
/// Everything the engine needs about the user for one turn: their id, their interview (null when they have
/// none, or a finished one), their repetition schedule, and the reply language when the channel knows it (null:
/// the language of the message, or of the interview once one runs).
/// </summary>
public sealed record InterviewContext(string UserId, InterviewState? State, Scheduling.UserSchedule Schedule, Language? Language = null)
{
    /// <summary>The channel's id of the message (the activity id); null when there is none, as on the command line.</summary>
    public string? MessageId { get; init; }
}
