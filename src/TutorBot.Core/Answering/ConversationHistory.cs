using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Core.Answering;

/// <summary>
/// The last turns of each conversation, kept in an <see cref="IStateStore"/> under
/// <c>history/{channel}/{conversation}</c> so that follow-ups ("why?", "举个例子") still know what was asked after a
/// restart or on another host. At most <see cref="TutorOptions.MaxHistoryTurns"/> turns are kept. Appending is a
/// read-modify-write with the ETag; on a conflict (two turns of one conversation at once) it appends again to the
/// fresh history, so neither turn is lost. Nothing is stored when <c>MaxHistoryTurns</c> is 0. A stored history that
/// cannot be read is set aside (<see cref="DamagedRecords"/>) and the conversation goes on without it.
/// </summary>
public sealed class ConversationHistory(IStateStore store, TutorOptions options, TimeProvider? clock = null)
{
    private const int MaxAttempts = 6;

    /// <summary>The first part of every history key.</summary>
    public const string Kind = "history";

    /// <summary>The storage key of a conversation's history.</summary>
    public static string Key(ChatKey key) => StateKey.Of(Kind, key.Channel, key.Conversation);

    /// <summary>A <see cref="Conversation"/> that continues the stored turns of <paramref name="key"/>'s conversation.</summary>
    public async Task<Conversation> OpenAsync(ChatKey key, ITutor tutor, CancellationToken cancellationToken)
    {
        var (turns, _) = await ReadAsync(key, cancellationToken);
        return new Conversation(tutor, options.MaxHistoryTurns, turns);
    }

    /// <summary>
    /// One turn with one read: continues the stored history, lets <paramref name="ask"/> answer (asking or streaming),
    /// then stores the answer as the newest turn with the ETag of that read (re-reading only on a conflict). A store
    /// that cannot be read or written (<see cref="StateStoreUnavailableException"/>) costs only the history: the
    /// question is answered without it, and the answer is returned even when it cannot be stored.
    /// </summary>
    public async Task<GroundedAnswer> AnswerAsync(ChatKey key, ITutor tutor, Func<Conversation, Task<GroundedAnswer>> ask, CancellationToken cancellationToken)
    {
        (IReadOnlyList<Turn> Turns, string? ETag)? read;
        try
        {
            read = await ReadAsync(key, cancellationToken);
        }
        catch (StateStoreUnavailableException)
        {
            read = null;
        }

        var answer = await ask(new Conversation(tutor, options.MaxHistoryTurns, read?.Turns ?? []));
        if (read is { } stored)
        {
            try
            {
                await AppendAsync(key, Turn.Of(answer), stored, cancellationToken);
            }
            catch (StateStoreUnavailableException)
            {
                // The answer still goes out; only a follow-up's memory of this turn is lost.
            }
        }

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
        for (var attempt = 1; ; attempt++)
        {
            var items = await store.ReadAsync([Key(key)], cancellationToken);
            if (!items.TryGetValue(Key(key), out var item))
            {
                return ([], null);
            }

            var (stored, error) = DamagedRecords.Parse<StoredHistory>(item);
            if (error is null)
            {
                return (stored?.Turns ?? [], item.ETag);
            }

            // Set aside (stored as empty from now on), then read again.
            await DamagedRecords.SetAsideAsync(store, Key(key), item, error, clock ?? TimeProvider.System, cancellationToken);
            if (attempt == MaxAttempts)
            {
                throw new StateConflictException([Key(key)], attempt);
            }
        }
    }

    private sealed record StoredHistory(IReadOnlyList<Turn> Turns);
}
