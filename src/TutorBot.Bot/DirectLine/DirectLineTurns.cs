using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Limits;
using TutorBot.Bot.Messages;

namespace TutorBot.Bot.DirectLine;

/// <summary>
/// Runs Direct Line activities through the host's one <see cref="TutorBotAdapter"/> and bot, exactly as an
/// activity posted to <c>/api/messages</c> with <c>deliveryMode: expectReplies</c> would run. Every activity the
/// bot sends is appended to the conversation the moment it is sent, so the page sees the typing indicator while
/// the bot still works.
/// </summary>
internal sealed class DirectLineTurns(TutorBotAdapter adapter, IBot bot, DirectLineConversations conversations, IOptions<BotOptions> botOptions, ILogger<DirectLineTurns> logger)
{
    public const string ChannelId = "directline";

    /// <summary>The service URL on the host's Direct Line activities; no connector serves it, the host delivers in process.</summary>
    public const string LocalServiceUrl = "http://localhost/v3/directline/";
    private const string BotId = "tutorbot";

    /// <summary>Tells the bot that the user opened the conversation (it answers with its welcome).</summary>
    public Task StartAsync(DirectLineConversation conversation, string? locale, CancellationToken cancellationToken)
    {
        var activity = NewActivity(conversation, ActivityTypes.ConversationUpdate, locale);
        activity.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.MembersAdded = [Bot, new ChannelAccount(conversation.UserId, role: RoleTypes.User)];
        return RunAsync(conversation, activity, cancellationToken);
    }

    /// <summary>
    /// Takes an activity the page posted: stamps it (id, time, channel, conversation), cleans its text of control
    /// characters, echoes it into the conversation as Direct Line does (with its <c>channelData.clientActivityID</c>,
    /// as plain text so that the page never renders the user's own markup), then runs the bot's turn. Returns the id
    /// given to the activity.
    /// </summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity posted, CancellationToken cancellationToken)
    {
        var activity = NewActivity(conversation, posted.Type ?? ActivityTypes.Message, posted.Locale);
        activity.Text = posted.Text is null ? null : ControlCharacters.Strip(posted.Text);
        activity.Value = posted.Value;
        activity.Name = posted.Name;
        activity.Attachments = posted.Attachments;
        activity.ChannelData = posted.ChannelData;
        activity.TextFormat = posted.Text is null ? null : TextFormatTypes.Plain;
        activity.LocalTimezone = posted.LocalTimezone;
        activity.LocalTimestamp = posted.LocalTimestamp ?? activity.LocalTimestamp;
        activity.From = new ChannelAccount(
            string.IsNullOrEmpty(posted.From?.Id) ? conversation.UserId : posted.From.Id,
            posted.From?.Name,
            RoleTypes.User);

        var id = conversation.Append(JObject.FromObject(activity, DirectLineJson.Serializer));
        activity.Id = id;
        await RunAsync(conversation, activity, cancellationToken);
        return id;
    }

    /// <summary>True when <paramref name="reference"/> is a conversation of this host's Direct Line.</summary>
    public static bool IsLocal(ConversationReference reference) =>
        reference.ChannelId == ChannelId && reference.ServiceUrl == LocalServiceUrl;

    /// <summary>
    /// Runs a proactive turn (<paramref name="callback"/>, such as a reminder) in a conversation of this host's Direct
    /// Line: what it sends is appended to the conversation, where the page's next poll reads it. False, with nothing
    /// run, when the conversation is no longer kept (ended, evicted, or lost with a restart: they live in memory).
    /// </summary>
    public async Task<bool> ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (conversations.Find(reference.Conversation?.Id ?? "") is not { } conversation)
        {
            return false;
        }

        await adapter.ContinueAsync(reference, async (turnContext, ct) =>
        {
            // Appended and not passed on: the activity's service URL is this host's, where no connector listens.
            turnContext.OnSendActivities((context, activities, next) => Task.FromResult(activities
                .Select(sent => new ResourceResponse(conversation.Append(DirectLineJson.FromBot(sent, botOptions.Value.DisplayName))))
                .ToArray()));
            await callback(turnContext, ct);
        }, cancellationToken);
        return true;
    }

    private static ChannelAccount Bot => new(BotId, "TutorBot", RoleTypes.Bot);

    private Activity NewActivity(DirectLineConversation conversation, string type, string? locale) => new()
    {
        Type = type,
        ChannelId = ChannelId,
        ServiceUrl = LocalServiceUrl,
        Conversation = new ConversationAccount(id: conversation.Id),
        Recipient = new ChannelAccount(BotId, botOptions.Value.DisplayName, RoleTypes.Bot),
        Timestamp = DateTimeOffset.UtcNow,
        LocalTimestamp = DateTimeOffset.Now,
        Locale = locale,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    private async Task RunAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        await adapter.ProcessLocalActivityAsync(activity, async (turnContext, ct) =>
        {
            turnContext.OnSendActivities(async (context, activities, next) =>
            {
                foreach (var sent in activities)
                {
                    conversation.Append(DirectLineJson.FromBot(sent, botOptions.Value.DisplayName));
                }

                return await next();
            });
            await bot.OnTurnAsync(turnContext, ct);
        }, cancellationToken);
        logger.LogDebug("Direct Line turn {ActivityType} done in {ConversationId}", activity.Type, conversation.Id);
    }
}
