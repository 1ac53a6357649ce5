using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;

namespace TutorBot.Bot.Turns;

/// <summary>
/// One message offered to the mock interview: Core's <see cref="InterviewStore"/> loads the user's interview (per
/// conversation) and schedule, lets the <see cref="InterviewEngine"/> decide and stores what it returns before
/// anything is sent; then the rendered reply is sent. Returns false, having sent and stored nothing, when the engine
/// does not handle the message (no interview runs and it starts none): the caller answers it as a question.
/// When the store fails the user is told politely (an answer that could not be saved is not counted and can be sent
/// again); when a stored record of theirs was damaged and set aside, they are told so before the reply. The
/// activity id goes with the message, so a channel's redelivery of a graded answer is not graded again.
/// </summary>
internal sealed class InterviewTurn(InterviewEngine engine, InterviewStore store, ILogger<InterviewTurn> logger)
{
    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        InterviewReply reply;
        try
        {
            reply = await store.HandleAsync(ChatKeys.Of(activity), (context, ct) => engine.HandleAsync(context with { MessageId = activity.Id }, text, ct), cancellationToken);
        }
        catch (StateStoreUnavailableException ex)
        {
            // The store's monitor has logged the fault itself.
            logger.LogInformation("Interview turn on {ChannelId} not stored: {Fault} on {Operation}", activity.ChannelId, ex.Fault, ex.Operation);
            var sorry = ex.Operation == StateOperation.Write ? BotTexts.AnswerNotSaved : BotTexts.StorageUnavailable;
            await turnContext.SendActivityAsync(MessageFactory.Text(sorry.In(BotTexts.LanguageOf(text))), cancellationToken);
            return true;
        }

        if (reply.SetAside.Count > 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(BotTexts.DamagedStateSetAside.In(BotTexts.LanguageOf(text))), cancellationToken);
        }

        if (reply.Kind == InterviewReplyKind.NotHandled)
        {
            return false;
        }

        logger.LogInformation("Interview reply {Kind} on {ChannelId}: {Answered} of {Total} answered",
            reply.Kind, activity.ChannelId, reply.State?.Results.Count, reply.State?.QuestionIds.Count);
        foreach (var message in InterviewActivities.For(reply, activity.ChannelId))
        {
            await turnContext.SendActivityAsync(message, cancellationToken);
        }

        return true;
    }
}
