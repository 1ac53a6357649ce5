using System.Net;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.WebChat;

public sealed class WebChatPageTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task RootServesThePageWithTheOfflineWebChatBundle()
    {
        var client = host.CreateClient();

        var page = await client.GetStringAsync("/");
        using var bundle = await client.GetAsync("/lib/webchat.js");
        using var license = await client.GetAsync("/lib/webchat.js.LICENSE.txt");

        Assert.Contains("lib/webchat.js", page);
        Assert.Contains("Chinese or English", page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
        Assert.Equal(HttpStatusCode.OK, license.StatusCode);
    }
}

public sealed class WebChatDisabledTests(WebChatDisabledTests.Host host) : IClassFixture<WebChatDisabledTests.Host>
{
    [Fact]
    public async Task DisabledWebChatServesNeitherThePageNorDirectLine()
    {
        var client = host.CreateClient();

        using var page = await client.GetAsync("/");
        using var directLine = await client.PostAsync("/v3/directline/tokens/generate", null);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, directLine.StatusCode);
    }

    public sealed class Host() : BotHostFactory(new Dictionary<string, string?> { ["WebChat:Enabled"] = "false" });
}
