using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using TutorBot.Bot.DirectLine;
using TutorBot.Bot.Messages;
using TutorBot.Core.Interview;
using TutorBot.Core.Reminders;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// Sends one claimed reminder as a proactive message in the learner's conversation: through the adapter's
/// <c>ContinueConversationAsync</c> to the channel's service URL (Teams, Azure Bot Service channels), or, for a
/// conversation of the host's own Direct Line, into that conversation's activity list, where the open page reads it.
/// </summary>
internal sealed class ReminderSender(TutorBotAdapter adapter, DirectLineTurns directLine, InterviewOptions interview, ILogger<ReminderSender> logger)
{
    public async Task<ReminderDelivery> SendAsync(DueReminder due, CancellationToken cancellationToken)
    {
        if (ReminderConversations.Read(due.Reminder.ConversationReference) is not { } reference)
        {
            logger.LogWarning("Reminder of a learner on {ChannelId} has no usable conversation reference", due.Reminder.Chat.Channel);
            return ReminderDelivery.Gone;
        }

        var message = ReminderMessage.For(due.DueReviews, due.Reminder.Language, interview.MaxQuestionCount);
        var delivery = ReminderDelivery.Failed;
        BotCallbackHandler send = async (turnContext, ct) => delivery = await TrySendAsync(turnContext, message, ct);
        if (DirectLineTurns.IsLocal(reference))
        {
            return await directLine.ContinueAsync(reference, send, cancellationToken) ? delivery : ReminderDelivery.Gone;
        }

        await adapter.ContinueAsync(reference, send, cancellationToken);
        return delivery;
    }

    // Caught here, inside the turn: the adapter's turn-error handler would otherwise swallow the connector's answer.
    private async Task<ReminderDelivery> TrySendAsync(ITurnContext turnContext, Activity message, CancellationToken cancellationToken)
    {
        var channel = turnContext.Activity.ChannelId;
        try
        {
            await turnContext.SendActivityAsync(message, cancellationToken);
            return ReminderDelivery.Sent;
        }
        catch (Exception ex) when (StatusOf(ex) is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            logger.LogWarning("Reminder on {ChannelId} refused with {Status}: the conversation is gone", channel, StatusOf(ex));
            return ReminderDelivery.Gone;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Reminder on {ChannelId} could not be sent ({Status})", channel, StatusOf(ex));
            return ReminderDelivery.Failed;
        }
    }

    private static HttpStatusCode? StatusOf(Exception ex) => ex switch
    {
        ErrorResponseException e => e.Response?.StatusCode,
        HttpOperationException e => e.Response?.StatusCode,
        _ => null,
    };
}
