using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Feedback;
using TutorBot.Bot.Replies;

namespace TutorBot.Bot.Turns;

/// <summary>
/// Records 👍/👎 on answers: Web Chat's card buttons (a message whose value is <see cref="FeedbackData"/>) and
/// Teams' feedback loop (invoke <c>message/submitAction</c>, which names the answer by <c>replyToId</c>).
/// </summary>
internal sealed class FeedbackTurn(FeedbackLog log, AnswerLedger ledger, ILogger<FeedbackTurn> logger)
{
    public const string TeamsInvokeName = "message/submitAction";

    public static bool IsVote(object? value) => value is JObject json && (string?)json["kind"] == FeedbackData.Kind;

    public async Task RecordVoteAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var value = (JObject)turnContext.Activity.Value;
        var reaction = (string?)value["reaction"] == FeedbackData.Dislike ? FeedbackData.Dislike : FeedbackData.Like;
        var question = (string?)value["question"] ?? "";
        await log.AppendAsync(new FeedbackRecord(
            DateTimeOffset.UtcNow,
            turnContext.Activity.ChannelId,
            reaction,
            question,
            value["entries"]?.Values<string>().OfType<string>().ToList() ?? [],
            (string?)value["mode"] ?? "",
            null), cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(BotTexts.ThanksForFeedback.In(BotTexts.LanguageOf(question))), cancellationToken);
    }

    public async Task RecordTeamsFeedbackAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var value = turnContext.Activity.Value as JObject;
        var actionValue = value?["actionValue"] as JObject;
        var reaction = (string?)actionValue?["reaction"] == FeedbackData.Dislike ? FeedbackData.Dislike : FeedbackData.Like;
        var answered = ledger.Find(turnContext.Activity.Conversation.Id, turnContext.Activity.ReplyToId);
        if (answered is null)
        {
            logger.LogInformation("Feedback on an answer this instance does not remember ({ReplyToId})", turnContext.Activity.ReplyToId);
        }

        await log.AppendAsync(new FeedbackRecord(
            DateTimeOffset.UtcNow,
            turnContext.Activity.ChannelId,
            reaction,
            answered?.Question ?? "",
            answered?.Entries ?? [],
            answered?.Mode ?? "",
            CommentOf(actionValue)), cancellationToken);
    }

    // Teams sends the comment as a JSON string inside the value: {"feedbackText": "..."}.
    private static string? CommentOf(JObject? actionValue)
    {
        if ((string?)actionValue?["feedback"] is not { Length: > 0 } raw)
        {
            return null;
        }

        try
        {
            return (string?)JObject.Parse(raw)["feedbackText"] is { Length: > 0 } text ? text : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return raw;
        }
    }
}
