using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Bot.Messages.Connectors;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

/// <summary>
/// The adapter's connector clients are kept between turns (<see cref="ReusingBotFrameworkAuthentication"/>): replies
/// still reach the channel over real HTTP, turns from one service share one client, and a flood of made-up service
/// URLs cannot grow the kept set past its bound.
/// </summary>
public sealed class ConnectorReuseTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    private ReusingBotFrameworkAuthentication Authentication =>
        Assert.IsType<ReusingBotFrameworkAuthentication>(host.Services.GetRequiredService<BotFrameworkAuthentication>());

    [Fact]
    public async Task RepliesOfManyTurnsReachTheChannelThroughOneKeptConnector()
    {
        var client = await host.CreateReadyClientAsync();
        await using var channel = await ConnectorStub.StartAsync();
        var before = Authentication.ConnectorCount;

        for (var i = 0; i < 6; i++)
        {
            using var response = await Activities.PostAsync(client, Activities.Message("help", conversationId: $"reuse-{i % 2}", serviceUrl: channel.ServiceUrl));
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(6, channel.Received.Count(a => a["text"]?.ToString().Contains("What I can do") == true));
        Assert.Equal(before + 1, Authentication.ConnectorCount);
    }

    [Fact]
    public async Task MadeUpServiceUrlsKeepAtMostTheBoundOfConnectors()
    {
        var client = await host.CreateReadyClientAsync();

        await Parallel.ForEachAsync(Enumerable.Range(0, ReusingBotFrameworkAuthentication.MaxConnectors + 60), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var replies = await Activities.AskAsync(client, Activities.Message("help", conversationId: $"flood-{i}", serviceUrl: $"http://127.0.0.1:1/flood/{i}/"));
            Assert.Single(replies.Messages());
        });

        Assert.InRange(Authentication.ConnectorCount, 1, ReusingBotFrameworkAuthentication.MaxConnectors);
    }
}
