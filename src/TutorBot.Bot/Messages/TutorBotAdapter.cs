using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;
using TutorBot.Core.State;

namespace TutorBot.Bot.Messages;

/// <summary>
/// The one Bot Framework adapter of the host, used by <c>/api/messages</c> and by the local Direct Line alike.
/// Its <see cref="BotAdapter.OnTurnError"/> is the bot's one catch-all: it logs the fault and sends a polite
/// reply in the user's language, never a stack trace. Everything it sends passes <see cref="ReplyMarkupMiddleware"/>.
/// </summary>
internal sealed class TutorBotAdapter : CloudAdapter
{
    private readonly BotFrameworkAuthentication _authentication;
    private readonly string? _appId;

    public TutorBotAdapter(BotFrameworkAuthentication authentication, IConfiguration configuration, ILogger<TutorBotAdapter> logger)
        : base(authentication, logger)
    {
        _authentication = authentication;
        _appId = configuration[MicrosoftAppCredentials.MicrosoftAppIdKey] is { Length: > 0 } id ? id : null;
        Use(new ReplyMarkupMiddleware());
        OnTurnError = async (turnContext, exception) =>
        {
            var storage = StateStoreUnavailableException.In(exception);
            if (storage is null)
            {
                logger.LogError(exception, "Turn failed on channel {ChannelId} ({ActivityType})", turnContext.Activity.ChannelId, turnContext.Activity.Type);
            }
            else
            {
                // A known fault with its own log line (the store's monitor): no stack trace for every turn it costs.
                logger.LogWarning("Turn on channel {ChannelId} ({ActivityType}) stopped by the state store: {Error}", turnContext.Activity.ChannelId, turnContext.Activity.Type, storage.Message);
            }

            // Not gated on Responded: the typing indicator already counts as a response.
            if (turnContext.Activity.Type is ActivityTypes.Message)
            {
                try
                {
                    var text = (storage is null ? BotTexts.SomethingWentWrong : BotTexts.StorageUnavailable).In(BotTexts.LanguageOf(turnContext.Activity.Text));
                    await turnContext.SendActivityAsync(MessageFactory.Text(text));
                }
                catch (Exception sendError)
                {
                    logger.LogError(sendError, "Could not tell the user that the turn failed");
                }
            }
        };
    }

    /// <summary>
    /// Runs a turn for an activity that the host itself received and already authorised (the local Direct Line,
    /// whose per-conversation tokens it issued), through the same pipeline as <c>/api/messages</c>: same
    /// middleware, same bot, same <see cref="BotAdapter.OnTurnError"/>.
    /// </summary>
    public async Task<InvokeResponse?> ProcessLocalActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var identity = CreateClaimsIdentity(_appId);
        var authentication = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            ConnectorFactory = _authentication.CreateConnectorFactory(identity),
            Audience = AuthenticationConstants.ToChannelFromBotOAuthScope,
        };
        return await ProcessActivityAsync(authentication, activity, callback, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in the conversation of <paramref name="reference"/> without an incoming
    /// activity (a proactive message such as a reminder), as this bot: <c>MicrosoftAppId</c>, or none when auth is off.
    /// Exceptions the callback throws go to <see cref="BotAdapter.OnTurnError"/>, so a caller that needs the
    /// connector's answer catches it inside the callback.
    /// </summary>
    public Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(_appId ?? "", reference, callback, cancellationToken);
}
