using Microsoft.AspNetCore.Hosting;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The real host on a real port for the fuzz test: rate limits and the per-conversation activity cap raised so that
/// thousands of requests from one address reach the endpoints instead of stopping at 429.
/// </summary>
public sealed class FuzzBotHost : KestrelBotHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("WebChat:RateLimits:RequestsPerClient", "10000000");
        builder.UseSetting("WebChat:RateLimits:ConversationsPerClient", "100000");
        builder.UseSetting("WebChat:RateLimits:PostsPerConversation", "100000");
        builder.UseSetting("WebChat:MaxActivitiesPerConversation", "100000");
    }
}
