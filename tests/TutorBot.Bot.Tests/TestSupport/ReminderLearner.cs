using System.Text.Json;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A learner writing to the bot through <c>/api/messages</c> (expectReplies) from a channel whose connector is
/// <paramref name="serviceUrl"/> and whose client sends its time zone, as Teams and Web Chat do.
/// </summary>
internal sealed class ReminderLearner(HttpClient client, string serviceUrl, string conversationId, string userId = "learner", string? timeZone = "Asia/Shanghai")
{
    public string ConversationId => conversationId;

    public string UserId => userId;

    public ChatKey Chat => new("test", conversationId, userId);

    public async Task<IReadOnlyList<Activity>> SayAsync(string text) => await Activities.AskAsync(client, Message(text));

    /// <summary>Sends what a card button submits in Web Chat: no text, the button's data as the value.</summary>
    public async Task<IReadOnlyList<Activity>> SubmitAsync(JObject data)
    {
        var activity = Message("");
        activity.Text = null;
        activity.Value = data;
        return await Activities.AskAsync(client, activity);
    }

    /// <summary>Writes the learner's schedule straight into the host's state store.</summary>
    public static async Task WriteScheduleAsync(IServiceProvider services, ChatKey chat, UserSchedule schedule) =>
        Assert.True((await services.GetRequiredService<IStateStore>().WriteAsync(
            new Dictionary<string, StoredItem> { [InterviewStore.ScheduleKey(chat)] = new(JsonSerializer.Serialize(schedule, StateJson.Options)) },
            CancellationToken.None)).Succeeded);

    private Activity Message(string text)
    {
        var activity = Activities.Message(text, conversationId: conversationId, serviceUrl: serviceUrl, userId: userId);
        activity.LocalTimezone = timeZone;
        return activity;
    }
}
