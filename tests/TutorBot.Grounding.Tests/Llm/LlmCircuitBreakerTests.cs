using System.Diagnostics;
using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Grounding.Tests.TestSupport;
using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.Llm;

/// <summary>
/// The circuit breaker in front of the LLM, with the default threshold (4 failed attempts, half of those sampled): a
/// dead endpoint gets a bounded number of attempts, then none while the circuit is open, and the tutor answers from
/// the knowledge base at once with the notice; after the break one probe goes through, and the circuit closes once
/// the endpoint answers again. Requests are counted at the stub (or connections at a silent server).
/// </summary>
public sealed class LlmCircuitBreakerTests(IndexedKnowledgeBase kb) : IClassFixture<IndexedKnowledgeBase>, IAsyncLifetime
{
    private const string Scaling = "Attention为何除以√d?";
    private const string Norms = "LayerNorm 和 BatchNorm 的区别";
    private OpenAiStub _stub = null!;

    public async Task InitializeAsync() => _stub = await OpenAiStub.StartAsync();

    public async Task DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task OpensAfterRepeatedServerErrorsAndThenAnswersWithoutCallingTheEndpoint()
    {
        _stub.Fallback = _ => StubReply.Error(503);
        await using var host = await StartAsync(_stub.Endpoint);

        var first = await host.AskAsync(Scaling);
        Assert.Equal((AnswerMode.Extractive, 3, LlmCircuitState.Closed), (first.Mode, _stub.Requests.Count, host.Circuit.Status.State));

        await host.AskAsync(Scaling);
        // The fourth failed attempt opened the circuit; the retry after it was turned away without a request.
        Assert.Equal(4, _stub.Requests.Count);
        var status = host.Circuit.Status;
        Assert.Equal(LlmCircuitState.Open, status.State);
        Assert.Equal("503 ServiceUnavailable", status.LastFailure);
        Assert.InRange((status.ProbeAfter!.Value - status.OpenedAt!.Value).TotalSeconds, 59.9, 60.1);

        var clock = Stopwatch.StartNew();
        var asked = await host.AskAsync(Norms);
        var streamed = (await host.StreamAsync(Scaling))[^1].Final!;
        clock.Stop();

        Assert.Equal(4, _stub.Requests.Count);
        Assert.All([asked, streamed], answer =>
        {
            Assert.Equal(AnswerMode.Extractive, answer.Mode);
            Assert.True(answer.Answered);
            Assert.Equal(TutorReplies.LlmUnavailable.In(Language.Chinese), answer.Notice);
        });
        Assert.Equal("q13", streamed.Citations[0].EntryId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"two answers took {clock.Elapsed.TotalMilliseconds:F0} ms with the circuit open");
    }

    [Fact]
    public async Task AfterTheBreakAFailedProbeOpensItAgainAndASuccessfulOneClosesIt()
    {
        _stub.Fallback = _ => StubReply.Error(503);
        // Long enough that the asks between a reopening and the next probe fit in it on a loaded machine.
        await using var host = await StartAsync(_stub.Endpoint, breakSeconds: 4);
        await host.AskAsync(Scaling);
        await host.AskAsync(Scaling);
        var opened = host.Circuit.Status;
        Assert.Equal((LlmCircuitState.Open, 4), (opened.State, _stub.Requests.Count));

        await UntilProbeAsync(host);
        var probed = await host.AskAsync(Scaling);
        Assert.Equal((AnswerMode.Extractive, 5), (probed.Mode, _stub.Requests.Count)); // one probe, no retries
        Assert.Equal(LlmCircuitState.Open, host.Circuit.Status.State);
        Assert.True(host.Circuit.Status.OpenedAt > opened.OpenedAt);

        _stub.Fallback = OpenAiStub.EchoFirstPassage;
        var stillOpen = await host.AskAsync(Scaling);
        Assert.Equal((AnswerMode.Extractive, 5), (stillOpen.Mode, _stub.Requests.Count));

        await UntilProbeAsync(host);
        var recovered = await host.AskAsync(Scaling);
        Assert.Equal((AnswerMode.Llm, 6, LlmCircuitState.Closed), (recovered.Mode, _stub.Requests.Count, host.Circuit.Status.State));
        Assert.Null(recovered.Notice);
        Assert.Equal(AnswerMode.Llm, (await host.AskAsync(Norms)).Mode);
        Assert.Equal(7, _stub.Requests.Count);
    }

    [Fact]
    public async Task AServerThatAcceptsAndNeverAnswersCostsTheTimeBudgetUntilTheCircuitOpens()
    {
        await using var silent = new SilentServer();
        await using var host = await StartAsync(silent.Endpoint);

        for (var question = 1; question <= 2; question++)
        {
            var clock = Stopwatch.StartNew();
            var answer = await host.AskAsync(Scaling);
            // The budget is 4 s (attempts of 1.5 s); generous against a loaded machine, far below a hang.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"question {question} took {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(AnswerMode.Extractive, answer.Mode);
            Assert.Equal(TutorReplies.LlmUnavailable.In(Language.Chinese), answer.Notice);
        }

        Assert.Equal(LlmCircuitState.Open, host.Circuit.Status.State);
        var connections = silent.Accepted;
        var fast = Stopwatch.StartNew();
        var answered = await host.AskAsync(Norms);
        fast.Stop();

        Assert.Equal(AnswerMode.Extractive, answered.Mode);
        Assert.True(fast.Elapsed < TimeSpan.FromSeconds(3), $"took {fast.Elapsed.TotalMilliseconds:F0} ms with the circuit open");
        Assert.Equal(connections, silent.Accepted);
    }

    private async Task<TutorHost> StartAsync(string endpoint, double breakSeconds = 60) =>
        await TutorHost.StartAsync(kb.Root, stub: null, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = endpoint,
            ["Llm:BreakerBreakSeconds"] = breakSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static async Task UntilProbeAsync(TutorHost host)
    {
        var wait = host.Circuit.Status.ProbeAfter!.Value - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
