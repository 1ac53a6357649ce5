using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Tests.Conversation;

public sealed class FollowUpTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task FollowUpInTheSameConversationKeepsTheTopic()
    {
        var client = await host.CreateReadyClientAsync();
        await Activities.AskAsync(client, Activities.Message("Attention为何除以√d?", conversationId: "follow"));

        var followUp = (await Activities.AskAsync(client, Activities.Message("为什么?", conversationId: "follow"))).Messages().Single();

        Assert.Contains("q13", Newtonsoft.Json.JsonConvert.SerializeObject(followUp.Entities));
    }

    [Fact]
    public async Task HelpInChineseIsAnsweredInChinese()
    {
        var client = await host.CreateReadyClientAsync();

        var reply = (await Activities.AskAsync(client, Activities.Message("帮助"))).Messages().Single();

        Assert.Contains("我能做什么", reply.Text);
    }
}

public sealed class TurnErrorTests(TurnErrorTests.Host host) : IClassFixture<TurnErrorTests.Host>
{
    [Fact]
    public async Task FailingTurnGetsAnApologyNotAStackTrace()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, Activities.Message("Why does attention divide by √d?").ExpectReplies());
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("something went wrong", body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain(" at ", body);
    }

    public sealed class Host : BotHostFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ITutor, BrokenTutor>());
        }
    }

    private sealed class BrokenTutor : ITutor
    {
        public Task<GroundedAnswer> AnswerAsync(Question question, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");

        public IAsyncEnumerable<AnswerChunk> StreamAsync(Question question, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
