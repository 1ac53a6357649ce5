using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Replies;

namespace TutorBot.Bot.Conversation;

/// <summary>
/// The bot: translates activities into Core calls and Core results into activities, for Teams and every other
/// channel alike. No retrieval or answering logic lives here.
/// </summary>
internal sealed class TutorActivityHandler(IOptions<BotOptions> options, ILogger<TutorActivityHandler> logger) : TeamsActivityHandler
{
    private readonly BotOptions _options = options.Value;

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = IncomingText.Of(turnContext.Activity);
        var texts = BotTexts.For(text);
        logger.LogDebug("Message on {ChannelId}: {Text}", turnContext.Activity.ChannelId, text);

        if (IncomingText.IsHelp(text))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(texts.Help), cancellationToken);
            return;
        }

        if (text.Length > _options.MaxQuestionChars)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(texts.TooLong, text.Length, _options.MaxQuestionChars)), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Help), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once per conversation: when the bot is added (Teams) or when the user opens it (Web Chat, Emulator),
        // not every time someone joins a Teams team.
        var botId = turnContext.Activity.Recipient?.Id;
        var botAdded = membersAdded.Any(m => m.Id == botId);
        var userJoinedOutsideTeams = turnContext.Activity.ChannelId != Microsoft.Bot.Connector.Channels.Msteams && membersAdded.Any(m => m.Id != botId);
        if (botAdded || userJoinedOutsideTeams)
        {
            var texts = BotTexts.For(Locales.LanguageOf(((Activity)turnContext.Activity).Locale));
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(texts.Welcome, _options.DisplayName)), cancellationToken);
        }
    }
}
