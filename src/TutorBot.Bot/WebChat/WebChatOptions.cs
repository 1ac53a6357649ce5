using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot.WebChat;

/// <summary>
/// The local web chat page and the Direct Line subset behind it, section <c>WebChat</c>. On by default for local
/// use; turn it off for a deployment that reaches users through Azure Bot Service's channels.
/// </summary>
public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Whether <c>GET /</c> serves the web chat page and <c>/v3/directline</c> is available.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Lifetime of a Direct Line token, in seconds (60 to 86,400); the page refreshes it before it ends.</summary>
    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>Most conversations kept in memory (1 to 100,000); the least recently used one is ended past it.</summary>
    [Range(1, 100_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Most activities kept per conversation (10 to 100,000); a conversation that reaches it is ended.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

}
