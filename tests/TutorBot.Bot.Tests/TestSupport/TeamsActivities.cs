using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>Activities shaped as Teams sends them.</summary>
internal static class TeamsActivities
{
    public static Activity Message(string text, string serviceUrl, string conversationType = "personal", string conversationId = "a:teams-1") =>
        Stamp(new Activity { Type = ActivityTypes.Message, Text = text }, serviceUrl, conversationType, conversationId);

    /// <summary>A channel message that @mentions the bot, as Teams formats it.</summary>
    public static Activity Mentioning(string question, string serviceUrl)
    {
        var activity = Message($"<at>TutorBot</at> {question}", serviceUrl, "channel", "19:channel@thread.tacv2;messageid=1");
        activity.Entities = [new Mention(new ChannelAccount("28:bot-1", "TutorBot"), "<at>TutorBot</at>")];
        return activity;
    }

    public static Activity BotInstalled(string serviceUrl) =>
        Stamp(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("28:bot-1", "TutorBot")] }, serviceUrl, "personal", "a:teams-2");

    public static Activity Feedback(string reaction, string replyToId, string serviceUrl, string conversationId) =>
        Stamp(new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = "message/submitAction",
            ReplyToId = replyToId,
            Value = new JObject
            {
                ["actionName"] = "feedback",
                ["actionValue"] = new JObject { ["reaction"] = reaction, ["feedback"] = "{\"feedbackText\":\"too short\"}" },
            },
        }, serviceUrl, "personal", conversationId);

    private static Activity Stamp(Activity activity, string serviceUrl, string conversationType, string conversationId)
    {
        activity.Id = Guid.NewGuid().ToString("N");
        activity.ChannelId = "msteams";
        activity.ServiceUrl = serviceUrl;
        activity.From = new ChannelAccount("29:user-1", "Student", RoleTypes.User) { AadObjectId = "00000000-0000-0000-0000-000000000001" };
        activity.Recipient = new ChannelAccount("28:bot-1", "TutorBot", RoleTypes.Bot);
        activity.Conversation = new ConversationAccount(conversationType: conversationType, id: conversationId, tenantId: "tenant-1");
        activity.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } };
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.Locale = "en-US";
        return activity;
    }
}
