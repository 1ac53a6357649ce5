using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Replies;
using TutorBot.Bot.Teams;
using TutorBot.Core.Answering;
using TutorBot.Core.Feedback;
using TutorBot.Core.Suggestions;

namespace TutorBot.Bot.Turns;

/// <summary>
/// One question turn: asks Core with the conversation's stored history, streams it in Teams personal chats when the
/// answer comes in pieces (LLM mode), otherwise sends the final message once; then stores the turn in the history
/// and, where a vote will name only the sent message (Teams' feedback loop), remembers in Core's
/// <see cref="AnswerLedger"/> what it was about, so that any host can record the vote with it.
/// </summary>
internal sealed class QuestionTurn(
    ITutor tutor,
    ConversationHistory history,
    FollowUpSuggester suggester,
    AnswerLedger ledger,
    IOptions<BotOptions> options)
{
    private readonly BotOptions _options = options.Value;

    public async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var stream = StreamsHere(activity) ? new TeamsStream(turnContext, TeamsStream.MinInterval) : null;
        var key = ChatKeys.Of(activity);
        var answer = await history.AnswerAsync(key, tutor, conversation => stream is null
            ? conversation.AskAsync(text, cancellationToken)
            : StreamAsync(conversation, text, stream, cancellationToken), cancellationToken);

        var suggestions = await suggester.SuggestAsync(answer, _options.MaxSuggestions, cancellationToken);
        var reply = AnswerActivity.Create(answer, suggestions, activity.ChannelId);
        reply = stream?.Close(reply) ?? reply;
        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
        if (answer.Answered && AnswerActivity.HasFeedbackLoop(activity.ChannelId) && sent?.Id is { Length: > 0 } sentId)
        {
            await ledger.RememberAsync(key, sentId, new AnsweredMessage(
                answer.Question.Text, answer.Citations.Select(c => c.EntryId).ToList(), FeedbackData.ModeName(answer.Mode)), cancellationToken);
        }
    }

    private bool StreamsHere(IMessageActivity activity) =>
        _options.StreamInTeams && activity.ChannelId == Channels.Msteams && activity.Conversation?.ConversationType is null or "personal";

    private static async Task<GroundedAnswer> StreamAsync(Core.Answering.Conversation conversation, string text, TeamsStream stream, CancellationToken cancellationToken)
    {
        // Without an LLM the whole answer comes as one chunk: nothing is streamed and the message is sent once.
        var soFar = new System.Text.StringBuilder();
        var pieces = 0;
        await foreach (var chunk in conversation.StreamAsync(text, cancellationToken))
        {
            if (chunk.Final is { } final)
            {
                return final;
            }

            soFar.Append(chunk.Text);
            if (++pieces > 1)
            {
                await stream.UpdateAsync(soFar.ToString(), cancellationToken);
            }
        }

        throw new InvalidOperationException("The answer stream ended without a final answer.");
    }
}
