using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Core.Feedback;

/// <summary>
/// What recently sent answers were about, in the <see cref="IStateStore"/>, so that a vote naming only the sent
/// message (Teams' feedback loop gives its <c>replyToId</c>) is recorded with its question and entries whichever host
/// receives it: one document per answer, <c>answers/{channel}/{conversation}/{activityId}</c>, and per conversation
/// the list of the ids kept, <c>answer-list/{channel}/{conversation}</c>, newest last. Within a conversation the
/// bound is a count: the newest <see cref="FeedbackOptions.AnswersPerConversation"/> answers; the documents of older
/// ones are deleted when a new answer is remembered. A conversation left idle goes whole with retention
/// (<see cref="Retention.ConversationRetention"/>). An answer and the list
/// are written in one write conditioned on the list's ETag, again on fresh state when another turn or host wrote
/// in between (up to <see cref="MaxAttempts"/> times).
/// </summary>
public sealed class AnswerLedger(IStateStore store, FeedbackOptions options)
{
    /// <summary>How often a write runs before a persistent conflict is given up (<see cref="StateConflictException"/>).</summary>
    public const int MaxAttempts = 6;

    /// <summary>The first part of every remembered answer's key.</summary>
    public const string AnswerKind = "answers";

    /// <summary>The first part of every conversation's list of remembered answers.</summary>
    public const string ListKind = "answer-list";

    /// <summary>The key of one remembered answer.</summary>
    public static string AnswerKey(ChatKey chat, string activityId) => StateKey.Of(AnswerKind, chat.Channel, chat.Conversation, activityId);

    /// <summary>The key of the conversation's list of remembered answer ids.</summary>
    public static string ListKey(ChatKey chat) => StateKey.Of(ListKind, chat.Channel, chat.Conversation);

    /// <summary>Remembers that the message <paramref name="activityId"/> sent in <paramref name="chat"/>'s conversation answered <paramref name="answer"/>.</summary>
    public async Task RememberAsync(ChatKey chat, string activityId, AnsweredMessage answer, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var listKey = ListKey(chat);
        var json = JsonSerializer.Serialize(answer, StateJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync([listKey], cancellationToken);
            read.TryGetValue(listKey, out var stored);
            var ids = stored is null ? [] : Parse<StoredList>(stored.Json)?.Ids ?? [];
            var kept = ids.Where(id => id != activityId).TakeLast(options.AnswersPerConversation - 1).Append(activityId).ToList();
            var written = await store.WriteAsync(new Dictionary<string, StoredItem>(StringComparer.Ordinal)
            {
                [AnswerKey(chat, activityId)] = new(json, StoredItem.AnyETag),
                [listKey] = new(JsonSerializer.Serialize(new StoredList(kept), StateJson.Options), stored?.ETag ?? StoredItem.CreateOnly),
            }, cancellationToken);
            if (written.Succeeded)
            {
                var dropped = ids.Except(kept, StringComparer.Ordinal).Select(id => AnswerKey(chat, id)).ToList();
                if (dropped.Count > 0)
                {
                    await store.DeleteAsync(dropped, cancellationToken);
                }

                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }
        }
    }

    /// <summary>What the message <paramref name="activityId"/> of <paramref name="chat"/>'s conversation answered; null when it is not remembered (too old, not an answer, or unreadable).</summary>
    public async Task<AnsweredMessage?> FindAsync(ChatKey chat, string? activityId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activityId))
        {
            return null;
        }

        var key = AnswerKey(chat, activityId);
        var read = await store.ReadAsync([key], cancellationToken);
        return read.TryGetValue(key, out var item) ? Parse<AnsweredMessage>(item.Json) : null;
    }

    private static T? Parse<T>(string json) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, StateJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record StoredList(IReadOnlyList<string> Ids);
}
