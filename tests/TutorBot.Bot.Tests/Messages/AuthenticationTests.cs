using System.Net;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

/// <summary>With an app id configured, <c>/api/messages</c> needs a Bot Framework token; the local Direct Line keeps working.</summary>
public sealed class AuthenticationTests(AuthenticationTests.Host host) : IClassFixture<AuthenticationTests.Host>
{
    [Fact]
    public async Task MessageWithoutATokenIsUnauthorizedWhenAnAppIdIsSet()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, Activities.Message("help"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LocalDirectLineStillAnswersWhenAnAppIdIsSet()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();
        await client.ReadAsync();

        await client.PostMessageAsync("help");

        Assert.Contains(await client.ReadAsync(), a => (string?)a["from"]?["role"] == "bot" && ((string?)a["text"] ?? "").Contains("What I can do"));
    }

    public sealed class Host() : BotHostFactory(new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b07a",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    });
}
