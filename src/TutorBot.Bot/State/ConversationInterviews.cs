namespace TutorBot.Bot.State;

/// <summary>
/// The interviews of one conversation, in <c>ConversationState</c>: per user id (a group chat can hold several
/// people's interviews, each seeing only their own), the user's current or last interview as Core's own JSON
/// document (<c>InterviewJson</c>). Kept as that text, not as Core's records, so Newtonsoft's type handling never
/// meets Core's immutable collections and the stored form is the one the command line stores too.
/// </summary>
public sealed class ConversationInterviews
{
    public Dictionary<string, string> ByUser { get; set; } = new(StringComparer.Ordinal);
}
