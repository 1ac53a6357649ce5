using System.Net;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.DirectLine;

public sealed class DirectLineTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task NewConversationStartsWithTheWelcome()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        var activities = await client.ReadAsync();

        var welcome = Assert.Single(activities, a => (string?)a["type"] == "message");
        Assert.Equal("bot", (string?)welcome["from"]?["role"]);
        Assert.Contains("TutorBot", (string?)welcome["text"]);
    }

    [Fact]
    public async Task PostedMessageIsEchoedWithItsClientIdThenAnswered()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();
        await client.ReadAsync();

        var id = await client.PostMessageAsync("help", "client-42");
        var activities = await client.ReadAsync();

        var echo = activities.First();
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal("client-42", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        var reply = activities.Skip(1).Single(a => (string?)a["type"] == "message");
        Assert.Equal("bot", (string?)reply["from"]?["role"]);
        Assert.False(string.IsNullOrEmpty((string?)reply["id"]));
        Assert.False(string.IsNullOrEmpty((string?)reply["timestamp"]));
        Assert.Contains("What I can do", (string?)reply["text"]);
    }

    [Fact]
    public async Task WatermarkReturnsOnlyNewActivities()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();
        await client.ReadAsync();

        var again = await client.ReadAsync();

        Assert.Empty(again);
    }

    [Fact]
    public async Task OneConversationsTokenCannotReadOrWriteAnother()
    {
        var http = await host.CreateReadyClientAsync();
        var alice = new DirectLineClient(http);
        var bob = new DirectLineClient(http);
        await alice.StartAsync();
        await bob.StartAsync();

        using var read = await bob.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities");
        using var write = await bob.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{alice.ConversationId}/activities", new JObject { ["type"] = "message", ["text"] = "hi" });
        using var noToken = await bob.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}/activities", token: "");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.DoesNotContain(await alice.ReadAsync(), a => (string?)a["text"] == "hi");
    }

    [Fact]
    public async Task UnknownConversationIsNotFound()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RefreshedTokenOpensTheSameConversation()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        client.Token = (string)json["token"]!;

        Assert.Equal(client.ConversationId, (string?)json["conversationId"]);
        Assert.NotEmpty(await client.ReadAsync());
    }

    [Fact]
    public async Task ConversationsCallWithATokenResumesThatConversation()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(client.ConversationId, (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["conversationId"]);
    }

    [Fact]
    public async Task MalformedActivityIsABadRequest()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", new JObject { ["text"] = "no type" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
