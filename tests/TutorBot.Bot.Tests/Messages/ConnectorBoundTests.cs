using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Bot.Messages.Connectors;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

/// <summary>
/// A flood of made-up service URLs (the service URL comes from the activity) cannot grow the adapter's kept connector
/// clients past <see cref="ReusingBotFrameworkAuthentication.MaxConnectors"/>.
/// </summary>
public sealed class ConnectorBoundTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task MadeUpServiceUrlsKeepAtMostTheBoundOfConnectors()
    {
        var client = await host.CreateReadyClientAsync();

        await Parallel.ForEachAsync(Enumerable.Range(0, ReusingBotFrameworkAuthentication.MaxConnectors + 60), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var replies = await Activities.AskAsync(client, Activities.Message("help", conversationId: $"flood-{i}", serviceUrl: $"http://127.0.0.1:1/flood/{i}/"));
            Assert.Single(replies.Messages());
        });

        Assert.InRange(Kept.ConnectorCount, 1, ReusingBotFrameworkAuthentication.MaxConnectors);
    }

    private ReusingBotFrameworkAuthentication Kept =>
        Assert.IsType<ReusingBotFrameworkAuthentication>(host.Services.GetRequiredService<BotFrameworkAuthentication>());
}
