using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Exports;
using TutorBot.Bot.Replies;
using TutorBot.Core.Export;
using TutorBot.Core.Interview;

namespace TutorBot.Bot.Turns;

/// <summary>
/// "export to Anki" (optionally with a topic): Core's <see cref="StudyExport"/> picks the questions and builds the
/// file, which is kept as a <see cref="PreparedExport"/> for the sender; the reply is a download attachment, or in a
/// Teams personal chat a file consent card (Teams sends files from bots only there, so a Teams group chat or channel
/// is asked to move to a personal chat). Nothing to export is said as such. Returns false, having sent nothing, for
/// any message that is not an export request.
/// </summary>
internal sealed class ExportTurn(
    StudyExport export,
    PreparedExports prepared,
    DownloadLinks links,
    InterviewOptions interview,
    IOptions<ExportOptions> options,
    ILogger<ExportTurn> logger)
{
    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        if (ExportIntentParser.Parse(text) is not { } intent)
        {
            return false;
        }

        var activity = turnContext.Activity;
        var language = BotTexts.LanguageOf(text);
        var teams = activity.ChannelId == Channels.Msteams;
        if (teams && activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await turnContext.SendActivityAsync(ExportActivities.Say(ExportBotTexts.PersonalChatOnly, language), cancellationToken);
            return true;
        }

        var learner = ChatKeys.Of(activity);
        var result = await export.ExportAsync(learner, language, intent.Topic, cancellationToken);
        if (result.File is not { } file)
        {
            await turnContext.SendActivityAsync(ExportActivities.NoFile(result, interview.StudyBelowScore), cancellationToken);
            return true;
        }

        var ready = await prepared.PutAsync(learner, file, cancellationToken);
        logger.LogInformation("Prepared an Anki export ({Kind}, {Notes} notes) on {ChannelId}", result.Kind, file.NoteCount, activity.ChannelId);
        var reply = teams
            ? ExportActivities.ConsentRequest(result, ready)
            : links.For(ready.Token) is { } url
                ? ExportActivities.Download(result, ready, url, options.Value.DownloadMinutes)
                : ExportActivities.Say(ExportBotTexts.NoLink, language);
        await turnContext.SendActivityAsync(reply, cancellationToken);
        return true;
    }
}
