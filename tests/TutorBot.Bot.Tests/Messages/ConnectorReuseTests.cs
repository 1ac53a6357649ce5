using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Bot.Messages.Connectors;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

/// <summary>
/// The adapter's connector clients are kept between turns (<see cref="ReusingBotFrameworkAuthentication"/>): replies
/// still reach the channel over real HTTP and turns from one service share one client. The bound on the kept clients
/// is tested on a host of its own (<see cref="ConnectorBoundTests"/>), so that a full set cannot meet this test.
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
}
