using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Conversation;

/// <summary>
/// Keeps a Core <see cref="Core.Answering.Conversation"/> per channel conversation so follow-up questions are
/// answered in context, and runs one turn at a time per conversation (Core's conversation is not thread-safe).
/// In memory: a restart forgets history, which only costs follow-up context. Holds at most
/// <see cref="MaxConversations"/>; the oldest is forgotten past it.
/// </summary>
internal sealed class ConversationMemory(ITutor tutor, IOptions<TutorOptions> options)
{
    public const int MaxConversations = 5000;
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    /// <summary>Runs <paramref name="work"/> with the conversation's history, alone for that conversation.</summary>
    public async Task<T> WithAsync<T>(string channelId, string conversationId, Func<Core.Answering.Conversation, Task<T>> work, CancellationToken cancellationToken)
    {
        var key = channelId + "|" + conversationId;
        var slot = _slots.GetOrAdd(key, k =>
        {
            _order.Enqueue(k);
            return new Slot(new Core.Answering.Conversation(tutor, options.Value.MaxHistoryTurns));
        });
        while (_slots.Count > MaxConversations && _order.TryDequeue(out var old))
        {
            _slots.TryRemove(old, out _);
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            return await work(slot.Conversation);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private sealed record Slot(Core.Answering.Conversation Conversation)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
    }
}
