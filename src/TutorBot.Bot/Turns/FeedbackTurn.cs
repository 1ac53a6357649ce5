using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Feedback;
using TutorBot.Bot.Limits;
using TutorBot.Bot.Replies;

namespace TutorBot.Bot.Turns;

/// <summary>
/// Records 👍/👎 on answers: Web Chat's card buttons (a message whose value is <see cref="FeedbackData"/>) and
/// Teams' feedback loop (invoke <c>message/submitAction</c>, which names the answer by <c>replyToId</c>).
/// The vote's data comes from the client: only fields of the expected type are kept, the question is cut to
/// <see cref="BotOptions.MaxQuestionChars"/> and at most <see cref="MaxEntries"/> entry ids are recorded.
/// </summary>
internal sealed class FeedbackTurn(FeedbackLog log, AnswerLedger ledger, IOptions<BotOptions> options, ILogger<FeedbackTurn> logger)
{
    public const string TeamsInvokeName = "message/submitAction";

    /// <summary>Most entry ids recorded with one vote (an answer cites a handful).</summary>
    public const int MaxEntries = 10;

    public static bool IsVote(object? value) => SubmitValue.StringOf(value, "kind") == FeedbackData.Kind;

    public async Task RecordVoteAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var value = turnContext.Activity.Value;
        var reaction = SubmitValue.StringOf(value, "reaction") == FeedbackData.Dislike ? FeedbackData.Dislike : FeedbackData.Like;
        var question = Shortened(ControlCharacters.Strip(SubmitValue.StringOf(value, "question") ?? ""));
        var mode = SubmitValue.StringOf(value, "mode") switch { "llm" => "llm", "extractive" => "extractive", _ => "" };
        await log.AppendAsync(new FeedbackRecord(
            DateTimeOffset.UtcNow,
            turnContext.Activity.ChannelId,
            reaction,
            question,
            SubmitValue.StringsOf(value, "entries", MaxEntries).Select(e => Shortened(ControlCharacters.Strip(e), 64)).ToList(),
            mode,
            null), cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(BotTexts.ThanksForFeedback.In(BotTexts.LanguageOf(question))), cancellationToken);
    }

    public async Task RecordTeamsFeedbackAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var actionValue = (turnContext.Activity.Value as JObject)?["actionValue"] as JObject;
        var reaction = SubmitValue.StringOf(actionValue, "reaction") == FeedbackData.Dislike ? FeedbackData.Dislike : FeedbackData.Like;
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
    private string? CommentOf(JObject? actionValue)
    {
        if (SubmitValue.StringOf(actionValue, "feedback") is not { Length: > 0 } raw)
        {
            return null;
        }

        try
        {
            return SubmitValue.StringOf(JToken.Parse(raw), "feedbackText") is { Length: > 0 } text ? Shortened(ControlCharacters.Strip(text)) : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return Shortened(ControlCharacters.Strip(raw));
        }
    }

    private string Shortened(string text) => Shortened(text, options.Value.MaxQuestionChars);

    private static string Shortened(string text, int max) => text.Length <= max ? text : text[..max];
}
