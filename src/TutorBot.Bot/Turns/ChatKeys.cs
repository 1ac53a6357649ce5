using Microsoft.Bot.Schema;
using TutorBot.Core.State;

namespace TutorBot.Bot.Turns;

/// <summary>Core's address of an activity: its channel, conversation and sender ("anonymous" when a channel sends none).</summary>
internal static class ChatKeys
{
    public static ChatKey Of(IActivity activity) => new(
        activity.ChannelId ?? "",
        activity.Conversation?.Id ?? "",
        activity.From?.Id is { Length: > 0 } id ? id : "anonymous");
}
