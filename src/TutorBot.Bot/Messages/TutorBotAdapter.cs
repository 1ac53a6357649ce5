using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;

namespace TutorBot.Bot.Messages;

/// <summary>
/// The one Bot Framework adapter of the host, used by <c>/api/messages</c> and by the local Direct Line alike.
/// Its <see cref="BotAdapter.OnTurnError"/> is the bot's one catch-all: it logs the fault and sends a polite
/// reply in the user's language, never a stack trace.
/// </summary>
internal sealed class TutorBotAdapter : CloudAdapter
{
    public TutorBotAdapter(BotFrameworkAuthentication authentication, ILogger<TutorBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Turn failed on channel {ChannelId} ({ActivityType})", turnContext.Activity.ChannelId, turnContext.Activity.Type);
            if (turnContext.Activity.Type is ActivityTypes.Message && !turnContext.Responded)
            {
                try
                {
                    var text = BotTexts.For(turnContext.Activity.Text).SomethingWentWrong;
                    await turnContext.SendActivityAsync(MessageFactory.Text(text));
                }
                catch (Exception sendError)
                {
                    logger.LogError(sendError, "Could not tell the user that the turn failed");
                }
            }
        };
    }
}
