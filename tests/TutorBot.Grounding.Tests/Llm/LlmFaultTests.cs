using System.Diagnostics;
using TutorBot.Core.Answering;
using TutorBot.Grounding.Tests.TestSupport;
using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.Llm;

/// <summary>Timeouts, 429, 5xx and malformed replies: bounded retries, then the extractive answer with a notice.</summary>
public sealed class LlmFaultTests(IndexedKnowledgeBase kb) : StubbedLlmTests(kb)
{
    [Fact]
    public async Task RetriesAServerErrorAndAnswers()
    {
        Stub.Enqueue(StubReply.Error(500), StubReply.Text("除以√d 稳定训练 [1]"));

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Llm, answer.Mode);
        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task HonoursRetryAfterOnTooManyRequests()
    {
        Stub.Enqueue(StubReply.Error(429, retryAfterSeconds: 1), StubReply.Text("除以√d 稳定训练 [1]"));

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Llm, answer.Mode);
        var requests = Stub.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(0.9), $"retried after {(requests[1].At - requests[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheWholeBudgetIsNotWaitedFor()
    {
        Stub.Fallback = _ => StubReply.Error(429, retryAfterSeconds: 120);
        var clock = Stopwatch.StartNew();

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal(TutorReplies.LlmUnavailable.In(Core.Language.Chinese), answer.Notice);
        Assert.Single(Stub.Requests);
        // The budget is 4 s; waiting for it (or for the 120 s asked) would take far longer than this.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed.TotalSeconds:F1} s; Retry-After 120 s is past the 4 s budget and should not be waited for");
    }

    [Fact]
    public async Task FallsBackAfterBoundedRetriesOfServerErrors()
    {
        Stub.Fallback = _ => StubReply.Error(503);
        // A time budget no stalled CI machine runs out of, so that only the retry count can end the attempts (with
        // the 4 s default, a loaded run once saw 2 requests).
        await using var patient = await TutorHost.StartAsync(Kb.Root, Stub, new Dictionary<string, string?>
        {
            ["Llm:TimeoutSeconds"] = "60",
            ["Llm:AttemptTimeoutSeconds"] = "20",
        });

        var answer = await patient.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.True(answer.Answered);
        Assert.Equal(TutorReplies.LlmUnavailable.In(Core.Language.Chinese), answer.Notice);
        Assert.Equal("q13", answer.Citations[0].EntryId);
        Assert.Equal(3, Stub.Requests.Count); // the first try and MaxRetries = 2, nothing more
    }

    [Fact]
    public async Task FallsBackWithinTheTimeBudgetWhenTheLlmHangs()
    {
        Stub.Fallback = _ => new StubReply { Content = "late [1]", Delay = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.NotNull(answer.Notice);
        // The budget is 4 s against a server that answers after 30 s; the bound is generous so that a loaded CI
        // machine does not flake, and still proves the hang was cut short.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed.TotalSeconds:F1} s; the budget is 4 s, the stub answers after 30 s");
    }

    [Fact]
    public async Task RetriesAMalformedReplyThenFallsBack()
    {
        Stub.Fallback = _ => new StubReply { RawBody = "{\"choices\": [ this is not json" };

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal(TutorReplies.LlmUnavailable.In(Core.Language.Chinese), answer.Notice);
        Assert.InRange(Stub.Requests.Count, 2, 3);
    }

    [Fact]
    public async Task RecoversWhenAMalformedReplyIsFollowedByAGoodOne()
    {
        Stub.Enqueue(new StubReply { RawBody = "{\"choices\": [ this is not json" }, StubReply.Text("除以√d 稳定训练 [1]"));

        var answer = await Host.AskAsync(Scaling);

        Assert.Equal(AnswerMode.Llm, answer.Mode);
    }
}
