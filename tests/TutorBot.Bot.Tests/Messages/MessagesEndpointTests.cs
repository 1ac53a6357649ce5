using System.Net;
using System.Text;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

public sealed class MessagesEndpointTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task HelpThroughExpectRepliesComesBackInTheResponse()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message("help"));

        var reply = Assert.Single(replies.Messages());
        Assert.Contains("What I can do", reply.Text);
    }

    [Fact]
    public async Task HealthIsReadyOnceTheIndexIsLoaded()
    {
        var client = await host.CreateReadyClientAsync();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ready\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{}")]
    [InlineData("[1,2]")]
    public async Task MalformedActivityIsABadRequestNotAServerError(string body)
    {
        var client = await host.CreateReadyClientAsync();

        var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HugeMessageGetsAPoliteReply()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message(new string('a', 50_000)));

        var reply = Assert.Single(replies.Messages());
        Assert.Contains("too long", reply.Text);
    }
}
