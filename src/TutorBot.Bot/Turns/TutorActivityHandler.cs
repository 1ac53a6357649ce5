using TutorBot.Core;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Hosting;
using TutorBot.Bot.Reminders;
using TutorBot.Bot.Replies;
using TutorBot.Core.Progress;
using TutorBot.Bot.Teams;

namespace TutorBot.Bot.Turns;

/// <summary>
/// The bot: translates activities into Core calls and Core results into activities, for Teams and every other
/// channel alike. No retrieval, answering or interview logic lives here: <see cref="InterviewTurn"/> offers each
/// message to Core's mock interview first, and <see cref="QuestionTurn"/> asks Core what the interview does not handle.
/// </summary>
internal sealed class TutorActivityHandler(
    QuestionTurn questions,
    InterviewTurn interviews,
    ProgressTurn progress,
    FeedbackTurn feedback,
    ReminderTurn reminders,
    ExportTurn exports,
    FileConsentTurn fileConsents,
    IndexReadiness readiness,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<TutorActivityHandler> logger) : TeamsActivityHandler
{
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(30);
    private readonly BotOptions _options = options.Value;

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (FeedbackTurn.IsVote(turnContext.Activity.Value))
        {
            await feedback.RecordVoteAsync(turnContext, cancellationToken);
            return;
        }

        var text = IncomingText.Of(turnContext.Activity);
        var language = BotTexts.LanguageOf(text);
        logger.LogDebug("Message on {ChannelId}: {Text}", turnContext.Activity.ChannelId, text);

        if (IncomingText.IsHelp(text))
        {
            await turnContext.SendActivityAsync(WithStartButton(MessageFactory.Text(BotTexts.Help.In(language)), language), cancellationToken);
            return;
        }

        if (text.Length > _options.MaxQuestionChars)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(BotTexts.TooLong.In(language), text.Length, _options.MaxQuestionChars)), cancellationToken);
            return;
        }

        if (await reminders.TryHandleAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        using var timeout = new CancellationTokenSource(ReadyWait, clock);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        if (!await readiness.WhenReadyAsync(wait.Token))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(BotTexts.NotReady.In(language)), cancellationToken);
            return;
        }

        if (ProgressRequest.Matches(text))
        {
            await progress.SendAsync(turnContext, text, cancellationToken);
            return;
        }

        if (await exports.TryHandleAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        // A running interview (or a message that starts one) goes to the interview; anything else is a question.
        if (await interviews.TryHandleAsync(turnContext, text, cancellationToken))
        {
            return;
        }

        await questions.AnswerAsync(turnContext, text, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once per conversation: when the bot is added (Teams) or when the user opens it (Web Chat, Emulator),
        // not every time someone joins a Teams team.
        var botId = turnContext.Activity.Recipient?.Id;
        var botAdded = membersAdded.Any(m => m.Id == botId);
        var userJoinedOutsideTeams = turnContext.Activity.ChannelId != Channels.Msteams && membersAdded.Any(m => m.Id != botId);
        if (botAdded || userJoinedOutsideTeams)
        {
            var language = Locales.LanguageOf(((Activity)turnContext.Activity).Locale);
            await turnContext.SendActivityAsync(WithStartButton(MessageFactory.Text(string.Format(BotTexts.Welcome.In(language), _options.DisplayName)), language), cancellationToken);
        }
    }

    private static Activity WithStartButton(Activity activity, Language language)
    {
        activity.Attachments = [StartInterviewCard.For(language)];
        return activity;
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == FeedbackTurn.TeamsInvokeName)
        {
            await feedback.RecordTeamsFeedbackAsync(turnContext, cancellationToken);
            return new InvokeResponse { Status = 200 };
        }

        return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
    }

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsents.AcceptAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsents.DeclineAsync(turnContext, fileConsentCardResponse, cancellationToken);
}
