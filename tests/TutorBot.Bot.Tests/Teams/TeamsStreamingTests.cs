extern alias llmstub;

using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;
using llmstub::TutorBot.LlmStub;

namespace TutorBot.Bot.Tests.Teams;

/// <summary>LLM mode (an OpenAI-compatible stub on 127.0.0.1): Teams personal chats get Teams' streaming protocol and the AI label.</summary>
public sealed class TeamsStreamingTests : IAsyncLifetime
{
    private OpenAiStub _llm = null!;
    private ConnectorStub _connector = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _llm = await OpenAiStub.StartAsync();
        _connector = await ConnectorStub.StartAsync();
        _host = new LlmHost(_llm.Endpoint);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
        await _llm.DisposeAsync();
    }

    [Fact]
    public async Task LlmAnswerStreamsInPersonalChatAndEndsWithAFinalLabelledMessage()
    {
        _llm.Enqueue(new StubReply { Content = "Dot products grow with the dimension d, which pushes softmax into regions with tiny gradients; dividing by √d keeps them in range [1].", StreamChunks = 6 });
        var client = await _host.CreateReadyClientAsync();

        await Activities.PostAsync(client, TeamsActivities.Message("Why does attention divide by √d?", _connector.ServiceUrl, conversationId: "a:stream"));

        var final = await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        var update = _connector.Received.First(a => (string?)a["type"] == "typing" && a["entities"] is not null);
        var updateInfo = update["entities"]!.First(e => (string?)e["type"] == "streaminfo");
        Assert.Equal("streaming", (string?)updateInfo["streamType"]);
        Assert.Equal(1, (int)updateInfo["streamSequence"]!);
        Assert.False(string.IsNullOrEmpty((string?)update["text"]));

        var finalInfo = final["entities"]!.First(e => (string?)e["type"] == "streaminfo");
        Assert.Equal("final", (string?)finalInfo["streamType"]);
        Assert.Equal((string?)update["__stubId"], (string?)finalInfo["streamId"]);
        var message = final["entities"]!.First(e => (string?)e["type"] == "https://schema.org/Message");
        Assert.Equal("AIGeneratedContent", (string?)message["additionalType"]![0]);
        Assert.Contains("[1]", (string?)final["text"]);
    }

    [Fact]
    public async Task LlmAnswerInAChannelIsSentOnce()
    {
        _llm.Enqueue(new StubReply { Content = "Dividing by √d keeps the dot products in range [1].", StreamChunks = 6 });
        var client = await _host.CreateReadyClientAsync();

        await Activities.PostAsync(client, TeamsActivities.Mentioning("Why does attention divide by √d?", _connector.ServiceUrl));

        await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        Assert.DoesNotContain(_connector.Received, a => a.ToString().Contains("streaminfo"));
    }

    private sealed class LlmHost(string endpoint) : BotHostFactory(new Dictionary<string, string?>
    {
        ["Llm:Provider"] = "OpenAI",
        ["Llm:Endpoint"] = endpoint,
        ["Llm:Model"] = "stub-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:RewriteFollowUps"] = "false",
    });
}
