using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.DirectLine;

/// <summary>
/// One Direct Line conversation: its activities in order (the index is the watermark) and the tokens that may read
/// and write it. A token belongs to exactly one conversation, which is what isolates conversations, and is refused
/// from its expiry on (by <paramref name="clock"/>). Thread-safe.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, int maxActivities, TimeProvider clock)
{
    private readonly object _lock = new();
    private readonly List<JObject> _activities = [];
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private int _sequence;

    public string Id { get; } = id;

    /// <summary>The user id issued with the conversation; activities from the page may carry their own.</summary>
    public string UserId { get; } = userId;

    public DateTimeOffset LastUsed { get; private set; } = clock.GetUtcNow();

    /// <summary>True once the conversation holds as many activities as it may; it is then ended.</summary>
    public bool IsFull
    {
        get
        {
            lock (_lock)
            {
                return _activities.Count >= maxActivities;
            }
        }
    }

    public string IssueToken(DateTimeOffset expires)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            foreach (var stale in _tokens.Where(t => t.Value <= now).Select(t => t.Key).ToList())
            {
                _tokens.Remove(stale);
            }

            _tokens[token] = expires;
        }

        return token;
    }

    /// <summary>True when <paramref name="token"/> was issued for this conversation and has not expired.</summary>
    public bool Accepts(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        lock (_lock)
        {
            return _tokens.TryGetValue(token, out var expires) && expires > clock.GetUtcNow();
        }
    }

    /// <summary>Appends an activity, giving it the next id, and returns that id.</summary>
    public string Append(JObject activity)
    {
        lock (_lock)
        {
            var id = $"{Id}|{++_sequence:D7}";
            activity["id"] = id;
            _activities.Add(activity);
            LastUsed = clock.GetUtcNow();
            return id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (a count of activities already seen) and the new watermark.</summary>
    public (IReadOnlyList<JObject> Activities, int Watermark) Read(int watermark)
    {
        lock (_lock)
        {
            LastUsed = clock.GetUtcNow();
            var from = Math.Clamp(watermark, 0, _activities.Count);
            return (_activities.Skip(from).Select(a => (JObject)a.DeepClone()).ToList(), _activities.Count);
        }
    }
}
