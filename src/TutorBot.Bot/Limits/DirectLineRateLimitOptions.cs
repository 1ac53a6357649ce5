using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot.Limits;

/// <summary>
/// How fast one client may use the local Direct Line, section <c>WebChat:RateLimits</c>. Each limit counts requests
/// in fixed windows of <see cref="WindowSeconds"/>; past it the request is answered 429 with <c>Retry-After</c>. The
/// defaults are far above what a person and the page do (the page polls twice a second, about 120 requests a minute
/// per open tab) and far below what a flood does.
/// </summary>
public sealed class DirectLineRateLimitOptions
{
    public const string SectionName = "WebChat:RateLimits";

    /// <summary>Length of a counting window, in seconds (1 to 3,600).</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Activities one conversation may post per window (1 to 100,000), whichever of its tokens is used.</summary>
    [Range(1, 100_000)]
    public int PostsPerConversation { get; set; } = 60;

    /// <summary>Conversations one client address may start per window (1 to 100,000); resuming one with its token does not count.</summary>
    [Range(1, 100_000)]
    public int ConversationsPerClient { get; set; } = 30;

    /// <summary>Direct Line requests of any kind one client address may make per window (1 to 10,000,000).</summary>
    [Range(1, 10_000_000)]
    public int RequestsPerClient { get; set; } = 1200;
}
