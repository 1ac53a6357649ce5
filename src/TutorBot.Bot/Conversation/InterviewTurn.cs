using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Replies;
using TutorBot.Bot.State;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;

namespace TutorBot.Bot.Conversation;

/// <summary>
/// One message offered to the mock interview: loads the user's interview (from <see cref="ConversationState"/>,
/// per user within the conversation) and schedule (<see cref="UserState"/>), lets Core's
/// <see cref="InterviewEngine"/> decide, stores what it returns before anything is sent, then sends the rendered
/// reply. Returns false, having sent and stored nothing, when the engine does not handle the message (no
/// interview runs and it starts none): the caller answers it as a question.
/// </summary>
internal sealed class InterviewTurn(
    InterviewEngine engine,
    ConversationState conversationState,
    UserState userState,
    TurnGates gates,
    ILogger<InterviewTurn> logger)
{
    private readonly IStatePropertyAccessor<ConversationInterviews> _interviews = conversationState.CreateProperty<ConversationInterviews>("interviews");
    private readonly IStatePropertyAccessor<UserInterviewSchedule> _schedule = userState.CreateProperty<UserInterviewSchedule>("interviewSchedule");

    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var userId = activity.From?.Id is { Length: > 0 } id ? id : "anonymous";
        var keys = new[] { $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}", $"{activity.ChannelId}/users/{userId}" };
        var reply = await gates.RunAsync(keys, async () =>
        {
            var interviews = await _interviews.GetAsync(turnContext, () => new ConversationInterviews(), cancellationToken);
            var scheduleData = await _schedule.GetAsync(turnContext, () => new UserInterviewSchedule(), cancellationToken);
            var state = interviews.ByUser.TryGetValue(userId, out var stateJson) ? JsonSerializer.Deserialize<InterviewState>(stateJson, InterviewJson.Options) : null;
            var schedule = scheduleData.Json is { } scheduleJson ? JsonSerializer.Deserialize<UserSchedule>(scheduleJson, InterviewJson.Options) ?? UserSchedule.Empty : UserSchedule.Empty;

            var reply = await engine.HandleAsync(new InterviewContext(userId, state, schedule), text, cancellationToken);
            if (reply.Kind == InterviewReplyKind.NotHandled)
            {
                return reply;
            }

            if (reply.State is { } next)
            {
                interviews.ByUser[userId] = JsonSerializer.Serialize(next, InterviewJson.Options);
            }

            scheduleData.Json = JsonSerializer.Serialize(reply.Schedule, InterviewJson.Options);
            // Stored before the reply is sent: whatever the user sees is already durable.
            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
            await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
            return reply;
        }, cancellationToken);

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
