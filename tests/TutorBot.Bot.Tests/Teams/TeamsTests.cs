using System.Net;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Teams;

/// <summary>Teams-shaped activities through <c>/api/messages</c>, replies delivered to a connector stub on 127.0.0.1.</summary>
public sealed class TeamsTests(BotHostFactory host) : IClassFixture<BotHostFactory>, IAsyncLifetime
{
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task ChannelMentionIsStrippedAndTheAnswerCarriesCitationsAndFeedbackLoop()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, TeamsActivities.Mentioning("Why does attention divide by √d?", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        Assert.DoesNotContain("<at>", (string?)answer["text"]);
        Assert.Contains("[1]", (string?)answer["text"]);
        Assert.DoesNotContain("[1]: http", (string?)answer["text"]);
        Assert.True((bool?)answer["channelData"]?["feedbackLoopEnabled"]);
        Assert.True(answer["attachments"] is null || !answer["attachments"]!.Any());
        var claim = answer["entities"]![0]!["citation"]![0]!;
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.StartsWith("http", (string?)claim["appearance"]!["url"]);
        Assert.Contains(_connector.Received, a => (string?)a["type"] == "typing");
    }

    [Fact]
    public async Task BotInstalledInTeamsSendsTheWelcome()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, TeamsActivities.BotInstalled(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        Assert.Contains("help", (string?)welcome["text"]);
    }

    [Fact]
    public async Task FeedbackLoopVoteIsRecordedAgainstTheAnsweredEntries()
    {
        var client = await host.CreateReadyClientAsync();
        await Activities.PostAsync(client, TeamsActivities.Message("What is the difference between LayerNorm and BatchNorm?", _connector.ServiceUrl, conversationId: "a:feedback"));
        var answer = await _connector.WaitForAsync(a => (string?)a["type"] == "message");

        using var response = await Activities.PostAsync(client, TeamsActivities.Feedback("dislike", (string)answer["__stubId"]!, _connector.ServiceUrl, "a:feedback"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = (await host.VotesAsync()).Last(v => v.Channel == "msteams");
        Assert.Equal("dislike", record.Reaction);
        Assert.Equal("q03", record.Entries[0]);
        Assert.Equal("too short", record.Comment);
        Assert.Equal("What is the difference between LayerNorm and BatchNorm?", record.Question);
    }

    [Fact]
    public async Task ExtractiveAnswerInPersonalChatIsSentOnceWithoutStreaming()
    {
        var client = await host.CreateReadyClientAsync();

        await Activities.PostAsync(client, TeamsActivities.Message("Why does attention divide by √d?", _connector.ServiceUrl, conversationId: "a:nostream"));

        var answer = await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        Assert.DoesNotContain(_connector.Received, a => a.ToString().Contains("streaminfo"));
        Assert.Null(answer["entities"]![0]!["additionalType"]);
    }
}
