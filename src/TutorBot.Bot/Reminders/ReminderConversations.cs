using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// The Bot Framework conversation reference a reminder keeps (Core stores it as an opaque JSON string): channel,
/// service URL, conversation (with the Teams tenant), user and bot, without the id of the message that set the
/// reminder, so that the reminder is a new message and not a reply in that message's thread.
/// </summary>
internal static class ReminderConversations
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public static string Of(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        return JsonConvert.SerializeObject(reference, Settings);
    }

    /// <summary>The stored reference; null when it cannot be read or names no conversation.</summary>
    public static ConversationReference? Read(string json)
    {
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(json, Settings);
            return reference?.Conversation?.Id is { Length: > 0 } && !string.IsNullOrEmpty(reference.ServiceUrl) ? reference : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
