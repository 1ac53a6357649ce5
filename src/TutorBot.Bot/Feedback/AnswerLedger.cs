using System.Collections.Concurrent;

namespace TutorBot.Bot.Feedback;

/// <summary>
/// Remembers what recent answers were about, by the id the channel gave the sent message, so that a Teams
/// feedback-loop vote (which names only that id) can be recorded with its question, entries and mode. Keeps the
/// most recent <see cref="Capacity"/> answers.
/// </summary>
internal sealed class AnswerLedger
{
    public const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, AnsweredMessage> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string conversationId, string? activityId, AnsweredMessage answer)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return;
        }

        var key = conversationId + "|" + activityId;
        _answers[key] = answer;
        _order.Enqueue(key);
        while (_order.Count > Capacity && _order.TryDequeue(out var old))
        {
            _answers.TryRemove(old, out _);
        }
    }

    public AnsweredMessage? Find(string conversationId, string? activityId) =>
        activityId is not null && _answers.TryGetValue(conversationId + "|" + activityId, out var answer) ? answer : null;
}

/// <summary>What an answer message was about: the question, the cited entry ids and the mode (<c>extractive</c>/<c>llm</c>).</summary>
internal sealed record AnsweredMessage(string Question, IReadOnlyList<string> Entries, string Mode);
