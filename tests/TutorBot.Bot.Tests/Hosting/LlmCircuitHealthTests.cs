extern alias llmstub;

using System.Diagnostics;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core;
using TutorBot.Core.Answering;
using llmstub::TutorBot.LlmStub;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>
/// The bot with an LLM endpoint that fails (the OpenAI-compatible stub answering 503): after the breaker's threshold
/// (4 failed attempts) questions through <c>/api/messages</c> are answered from the knowledge base at once with the
/// notice and no request reaches the stub; <c>/healthz</c> reports the LLM degraded with the circuit open, the log
/// says so once; after the break a probe reaches the healed stub, the circuit closes and health is ready again.
/// </summary>
public sealed class LlmCircuitHealthTests : IAsyncLifetime
{
    private const string Scaling = "Attention为何除以√d?";
    private OpenAiStub _llm = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _llm = await OpenAiStub.StartAsync();
        _host = new LlmHost(_llm.Endpoint);
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _llm.DisposeAsync();
    }

    [Fact]
    public async Task ADeadEndpointOpensTheCircuitHealthSaysSoAndAHealedOneClosesIt()
    {
        var client = await _host.CreateReadyClientAsync();
        var healthy = await HealthAsync(client);
        Assert.Equal(("ready", "healthy", "closed"), ((string?)healthy["status"], (string?)healthy["llm"]!["status"], (string?)healthy["llm"]!["circuit"]));

        _llm.Fallback = _ => StubReply.Error(503);
        var notice = TutorReplies.LlmUnavailable.In(Language.Chinese);
        Assert.Contains(notice, await AskAsync(client, Scaling));
        Assert.Contains(notice, await AskAsync(client, Scaling));
        Assert.Equal(4, _llm.Requests.Count);

        var open = await HealthAsync(client);
        Assert.Equal("degraded", (string?)open["status"]);
        Assert.Equal(("degraded", "open", "503 ServiceUnavailable"), ((string?)open["llm"]!["status"], (string?)open["llm"]!["circuit"], (string?)open["llm"]!["lastFailure"]));
        Assert.True((int)open["entries"]! > 100);
        Assert.Single(_host.Logs.Find("LLM circuit open after repeated failures (last: 503 ServiceUnavailable); no LLM calls for 5 s"));

        var clock = Stopwatch.StartNew();
        var answered = await AskAsync(client, "Why does attention divide by √d?");
        clock.Stop();
        Assert.StartsWith($"*{TutorReplies.LlmUnavailable.In(Language.English)}*", answered);
        Assert.Contains("[1]", answered);
        Assert.Equal(4, _llm.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the turn took {clock.Elapsed.TotalMilliseconds:F0} ms with the circuit open");

        _llm.Fallback = OpenAiStub.EchoFirstPassage;
        var probeAfter = (DateTimeOffset)open["llm"]!["probeAfter"]!;
        var wait = probeAfter - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        var recovered = await AskAsync(client, Scaling);

        Assert.DoesNotContain(notice, recovered);
        Assert.Equal(5, _llm.Requests.Count);
        var closed = await HealthAsync(client);
        Assert.Equal(("ready", "healthy", "closed"), ((string?)closed["status"], (string?)closed["llm"]!["status"], (string?)closed["llm"]!["circuit"]));
        Assert.Single(_host.Logs.Find("LLM circuit closed: the endpoint answered again"));
    }

    private static async Task<JObject> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> AskAsync(HttpClient client, string text)
    {
        var replies = await Activities.AskAsync(client, Activities.Message(text, conversationId: Guid.NewGuid().ToString("N")));
        return Assert.Single(replies.Messages()).Text ?? "";
    }

    private sealed class LlmHost(string endpoint) : BotHostFactory(new Dictionary<string, string?>
    {
        ["Llm:Provider"] = "OpenAI",
        ["Llm:Endpoint"] = endpoint,
        ["Llm:Model"] = "stub-model",
        ["Llm:ApiKey"] = "test-key",
        ["Llm:RewriteFollowUps"] = "false",
        ["Llm:TimeoutSeconds"] = "4",
        ["Llm:AttemptTimeoutSeconds"] = "1.5",
        ["Llm:RetryDelaySeconds"] = "0.05",
        ["Llm:BreakerBreakSeconds"] = "5",
    });
}
