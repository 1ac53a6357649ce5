using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TutorBot.Bot.WebChat;

namespace TutorBot.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations the host keeps in memory. Past <see cref="WebChatOptions.MaxConversations"/> the
/// least recently used one is ended (its page then gets 404 and starts a new one).
/// </summary>
internal sealed class DirectLineConversations(IOptions<WebChatOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly WebChatOptions _options = options.Value;

    public TimeSpan TokenLifetime => TimeSpan.FromSeconds(_options.TokenLifetimeSeconds);

    public (DirectLineConversation Conversation, string Token) Start()
    {
        var conversation = new DirectLineConversation(NewId(), "dl_" + NewId()[..12], _options.MaxActivitiesPerConversation, clock);
        _conversations[conversation.Id] = conversation;
        EvictBeyondCapacity();
        return (conversation, conversation.IssueToken(NewTokenExpiry));
    }

    /// <summary>When a token issued now expires.</summary>
    public DateTimeOffset NewTokenExpiry => clock.GetUtcNow() + TokenLifetime;

    public DirectLineConversation? Find(string id) => _conversations.TryGetValue(id, out var conversation) ? conversation : null;

    /// <summary>The conversation the token was issued for, or null for an unknown or expired token.</summary>
    public DirectLineConversation? FindByToken(string? token) =>
        string.IsNullOrEmpty(token) ? null : _conversations.Values.FirstOrDefault(c => c.Accepts(token));

    public void End(string id) => _conversations.TryRemove(id, out _);

    private void EvictBeyondCapacity()
    {
        var excess = _conversations.Count - _options.MaxConversations;
        if (excess <= 0)
        {
            return;
        }

        foreach (var old in _conversations.Values.OrderBy(c => c.LastUsed).Take(excess).ToList())
        {
            _conversations.TryRemove(old.Id, out _);
        }
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
}
