using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Limits;
using TutorBot.Bot.Replies;
using TutorBot.Core.Feedback;

namespace TutorBot.Bot.Turns;

/// <summary>
/// Records 👍/👎 on answers in Core's <see cref="FeedbackStore"/>: Web Chat's card buttons (a message whose value is
/// <see cref="FeedbackData"/>) and Teams' feedback loop (invoke <c>message/submitAction</c>, which names the answer by
/// <c>replyToId</c>, looked up in Core's <see cref="AnswerLedger"/>, whichever host sent it).
/// The vote's data comes from the client: only fields of the expected type are kept, the question is cut to
/// <see cref="BotOptions.MaxQuestionChars"/> and at most <see cref="MaxEntries"/> entry ids are recorded.
/// </summary>
internal sealed class FeedbackTurn(FeedbackStore store, AnswerLedger ledger, IOptions<BotOptions> options, TimeProvider clock, ILogger<FeedbackTurn> logger)
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
        await RecordAsync(FeedbackRecord.New(
            clock.GetUtcNow(),
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
        var answered = await ledger.FindAsync(ChatKeys.Of(turnContext.Activity), turnContext.Activity.ReplyToId, cancellationToken);
        if (answered is null)
        {
            logger.LogInformation("Feedback on an answer that is no longer remembered ({ReplyToId})", turnContext.Activity.ReplyToId);
        }

        await RecordAsync(FeedbackRecord.New(
            clock.GetUtcNow(),
            turnContext.Activity.ChannelId,
            reaction,
            answered?.Question ?? "",
            answered?.Entries ?? [],
            answered?.Mode ?? "",
            CommentOf(actionValue)), cancellationToken);
    }

    private async Task RecordAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        await store.AddAsync(record, cancellationToken);
        logger.LogInformation("Feedback {Reaction} on {Entries} ({Mode})", record.Reaction, string.Join(",", record.Entries), record.Mode);
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
