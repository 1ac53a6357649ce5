using System.Net.Http.Json;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>Builds incoming activities as channels send them and posts them to <c>/api/messages</c>.</summary>
internal static class Activities
{
    public static Activity Message(string text, string channelId = "test", string conversationId = "conv-1", string? serviceUrl = null, string userId = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = channelId,
        ServiceUrl = serviceUrl ?? "http://127.0.0.1:1/",
        From = new ChannelAccount(userId, "Student", RoleTypes.User),
        Recipient = new ChannelAccount("bot-1", "TutorBot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: conversationId),
        Timestamp = DateTimeOffset.UtcNow,
    };

    public static Activity ExpectReplies(this Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return activity;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the bot's replies from the response body.</summary>
    public static async Task<IReadOnlyList<Activity>> AskAsync(HttpClient client, Activity activity)
    {
        using var response = await PostAsync(client, activity.ExpectReplies());
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)!;
        return replies.Activities.ToList();
    }

    public static IEnumerable<Activity> Messages(this IEnumerable<Activity> activities) =>
        activities.Where(a => a.Type == ActivityTypes.Message);

    public static JObject ToJObject(this Activity activity) => JObject.FromObject(activity);
}
