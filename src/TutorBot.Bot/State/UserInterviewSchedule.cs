namespace TutorBot.Bot.State;

/// <summary>One user's spaced-repetition schedule, in <c>UserState</c>, as Core's JSON document (<c>InterviewJson</c>); null when nothing was asked yet.</summary>
public sealed class UserInterviewSchedule
{
    public string? Json { get; set; }
}
