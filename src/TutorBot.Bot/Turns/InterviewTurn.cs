using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;

namespace TutorBot.Bot.Turns;

/// <summary>
/// One message offered to the mock interview: Core's <see cref="InterviewStore"/> loads the user's interview (per
/// conversation) and schedule, lets the <see cref="InterviewEngine"/> decide and stores what it returns before
/// anything is sent; then the rendered reply is sent. Returns false, having sent and stored nothing, when the engine
/// does not handle the message (no interview runs and it starts none): the caller answers it as a question.
/// </summary>
internal sealed class InterviewTurn(InterviewEngine engine, InterviewStore store, ILogger<InterviewTurn> logger)
{
    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var reply = await store.HandleAsync(ChatKeys.Of(activity), (context, ct) => engine.HandleAsync(context, text, ct), cancellationToken);
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
