using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Core.Answering;

/// <summary>
/// The last turns of each conversation, kept in an <see cref="IStateStore"/> under
/// <c>history/{channel}/{conversation}</c> so that follow-ups ("why?", "举个例子") still know what was asked after a
/// restart or on another host. At most <see cref="TutorOptions.MaxHistoryTurns"/> turns are kept. Appending is a
/// read-modify-write with the ETag; on a conflict (two turns of one conversation at once) it appends again to the
/// fresh history, so neither turn is lost. Nothing is stored when <c>MaxHistoryTurns</c> is 0.
/// </summary>
public sealed class ConversationHistory(IStateStore store, TutorOptions options)
{
    private const int MaxAttempts = 6;

    /// <summary>The storage key of a conversation's history.</summary>
    public static string Key(ChatKey key) => StateKey.Of("history", key.Channel, key.Conversation);

    /// <summary>A <see cref="Conversation"/> that continues the stored turns of <paramref name="key"/>'s conversation.</summary>
    public async Task<Conversation> OpenAsync(ChatKey key, ITutor tutor, CancellationToken cancellationToken)
    {
        var (turns, _) = await ReadAsync(key, cancellationToken);
        return new Conversation(tutor, options.MaxHistoryTurns, turns);
    }

    /// <summary>
    /// One turn with one read: continues the stored history, lets <paramref name="ask"/> answer (asking or streaming),
    /// then stores the answer as the newest turn with the ETag of that read (re-reading only on a conflict).
    /// </summary>
    public async Task<GroundedAnswer> AnswerAsync(ChatKey key, ITutor tutor, Func<Conversation, Task<GroundedAnswer>> ask, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(key, cancellationToken);
        var answer = await ask(new Conversation(tutor, options.MaxHistoryTurns, read.Turns));
        await AppendAsync(key, Turn.Of(answer), read, cancellationToken);
        return answer;
    }

    /// <summary>Stores <paramref name="turn"/> as the newest turn of <paramref name="key"/>'s conversation.</summary>
    public Task AppendAsync(ChatKey key, Turn turn, CancellationToken cancellationToken) => AppendAsync(key, turn, null, cancellationToken);

    // A read-modify-write; the first attempt uses the state already read when there is one.
    private async Task AppendAsync(ChatKey key, Turn turn, (IReadOnlyList<Turn> Turns, string? ETag)? read, CancellationToken cancellationToken)
    {
        if (options.MaxHistoryTurns == 0)
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var (turns, etag) = read ?? await ReadAsync(key, cancellationToken);
            read = null;
            var kept = turns.Append(turn).TakeLast(options.MaxHistoryTurns).ToList();
            var json = JsonSerializer.Serialize(new StoredHistory(kept), StateJson.Options);
            var written = await store.WriteAsync(new Dictionary<string, StoredItem> { [Key(key)] = new(json, etag ?? StoredItem.CreateOnly) }, cancellationToken);
            if (written.Succeeded)
            {
                return;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }
        }
    }

    /// <summary>Forgets the conversation's history (a new conversation starts).</summary>
    public Task ForgetAsync(ChatKey key, CancellationToken cancellationToken) => store.DeleteAsync([Key(key)], cancellationToken);

    private async Task<(IReadOnlyList<Turn> Turns, string? ETag)> ReadAsync(ChatKey key, CancellationToken cancellationToken)
    {
        var items = await store.ReadAsync([Key(key)], cancellationToken);
        if (!items.TryGetValue(Key(key), out var item))
        {
            return ([], null);
        }

        var stored = JsonSerializer.Deserialize<StoredHistory>(item.Json, StateJson.Options);
        return (stored?.Turns ?? [], item.ETag);
    }

    private sealed record StoredHistory(IReadOnlyList<Turn> Turns);
}
