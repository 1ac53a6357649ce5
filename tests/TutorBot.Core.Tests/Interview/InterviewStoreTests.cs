using System.Text.Json;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview;

public sealed class InterviewStoreTests
{
    private static readonly ChatKey Alice = new("webchat", "conv-1", "alice");

    [Fact]
    public async Task AnInterviewContinuesAfterARestartAndItsSummaryKeepsEarlierAnswers()
    {
        var state = new MemoryStateStore();
        var fx = new InterviewFixture();
        var before = new InterviewStore(state);
        await before.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None);
        var reply = await before.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "excellent answer", ct), CancellationToken.None);
        var second = reply.Question!.EntryId;

        // A new engine and store: nothing survives but the state store.
        var after = new InterviewStore(state);
        var final = await after.HandleAsync(Alice, (c, ct) => new InterviewFixture().Engine(seed: 99).HandleAsync(c, "wrong answer", ct), CancellationToken.None);

        Assert.Equal(second, final.Feedback!.EntryId);
        Assert.Equal([9.0, 1.0], final.Summary!.Questions.Select(q => q.Score));
        Assert.Equal("excellent answer", final.State!.Results[0].Answer);
    }

    [Fact]
    public async Task AnAnswerDeliveredTwiceIsGradedOnceAndItsGradeShownAgain()
    {
        var store = new InterviewStore(new MemoryStateStore());
        var send = Sender(store);
        await send("m1", "/interview attention 3");

        var graded = await send("m2", "excellent answer");
        var redelivered = await send("m2", "excellent answer");
        var next = await send("m3", "wrong answer");
        var (interview, schedule) = await store.LoadAsync(Alice, CancellationToken.None);

        Assert.Equal(InterviewReplyKind.Feedback, redelivered.Kind);
        Assert.Equal(graded.Feedback!.EntryId, redelivered.Feedback!.EntryId);
        Assert.Equal(graded.Feedback.Result.Score, redelivered.Feedback.Result.Score);
        Assert.Equal(graded.Question!.EntryId, redelivered.Question!.EntryId);
        Assert.Equal(graded.Question.EntryId, next.Feedback!.EntryId);
        Assert.Equal(["excellent answer", "wrong answer"], interview!.Results.Select(r => r.Answer));
        Assert.Equal(2, schedule.Items.Count);
        Assert.Equal("m3", interview.GradedMessageId);
    }

    [Fact]
    public async Task TheLastAnswerDeliveredTwiceShowsTheSameSummaryWithoutGradingAgain()
    {
        var store = new InterviewStore(new MemoryStateStore());
        var send = Sender(store);
        await send("m1", "/interview attention 1");

        var summary = await send("m2", "excellent answer");
        var again = await send("m2", "excellent answer");

        Assert.Equal(InterviewReplyKind.Summary, again.Kind);
        Assert.Equal(summary.Summary!.Questions.Select(q => (q.EntryId, q.Score)), again.Summary!.Questions.Select(q => (q.EntryId, q.Score)));
        Assert.Single((await store.LoadAsync(Alice, CancellationToken.None)).Interview!.Results);
    }

    [Fact]
    public async Task TwoAnswersSentAtOnceAreEachGradedOnceAgainstTheirOwnQuestion()
    {
        var state = new MemoryStateStore();
        var fx = new InterviewFixture();
        var store = new InterviewStore(state);
        await store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None);

        // Both turns read the same state before either writes: one write conflicts and its turn runs again.
        var bothRead = new Barrier(2);
        var runs = 0;
        async Task<InterviewReply> Answer(string text) => await store.HandleAsync(Alice, async (c, ct) =>
        {
            if (Interlocked.Increment(ref runs) <= 2)
            {
                await Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(10)), ct);
            }

            return await fx.Engine().HandleAsync(c, text, ct);
        }, CancellationToken.None);
        await Task.WhenAll(Answer("excellent answer"), Answer("partial answer"));

        var (interview, schedule) = await store.LoadAsync(Alice, CancellationToken.None);
        Assert.Equal(3, runs);
        Assert.Equal(2, interview!.Results.Count);
        Assert.Equal(interview.QuestionIds, interview.Results.Select(r => r.EntryId));
        Assert.Equal(["excellent answer", "partial answer"], interview.Results.Select(r => r.Answer).Order());
        Assert.Equal(2, schedule.Items.Count);
    }

    [Fact]
    public async Task AFirstTurnRacingAnotherFirstTurnDoesNotOverwriteIt()
    {
        var state = new MemoryStateStore();
        var fx = new InterviewFixture();
        var store = new InterviewStore(state);
        var bothRead = new Barrier(2);
        var runs = 0;
        Task<InterviewReply> Start() => store.HandleAsync(Alice, async (c, ct) =>
        {
            if (Interlocked.Increment(ref runs) <= 2)
            {
                await Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(10)), ct);
            }

            return await fx.Engine().HandleAsync(c, "/interview attention 2", ct);
        }, CancellationToken.None);

        var replies = await Task.WhenAll(Start(), Start());

        // The second start saw the first interview and offered to resume it rather than replacing it.
        Assert.Equal(3, runs);
        Assert.Contains(replies, r => r.Kind == InterviewReplyKind.ResumeOffer);
    }

    [Fact]
    public async Task BotStateWrittenBeforeTheOneStoreIsReadAndKeptAfterTheFirstSave()
    {
        var state = new MemoryStateStore();
        var legacy = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "legacy-bot-state.json")));
        await state.WriteAsync(legacy.RootElement.GetProperty("items").EnumerateObject()
            .ToDictionary(p => p.Name, p => new StoredItem(p.Value.GetString()!)), CancellationToken.None);
        var store = new InterviewStore(state);
        var key = new ChatKey("webchat", "conv-legacy", "alice");

        var (interview, schedule) = await store.LoadAsync(key, CancellationToken.None);

        Assert.Equal(["q01", "attn02"], interview!.QuestionIds);
        Assert.Equal(1, interview.Index);
        Assert.Equal("q01", Assert.Single(interview.Results).EntryId);
        Assert.Equal("q01", Assert.Single(schedule.Items).EntryId);
        Assert.Null((await store.LoadAsync(key with { User = "bob" }, CancellationToken.None)).Interview);
        Assert.Null((await store.LoadAsync(key with { Conversation = "other" }, CancellationToken.None)).Interview);
    }

    [Fact]
    public async Task CommandLineStateWrittenBeforeTheOneStoreIsRead()
    {
        var state = new MemoryStateStore();
        var fx = new InterviewFixture();
        var started = await fx.Engine().HandleAsync(InterviewFixture.Fresh("carol"), "/interview attention 2", CancellationToken.None);
        var old = JsonSerializer.Serialize(new UserInterviewData(started.State, started.Schedule), StateJson.Options);
        await state.WriteAsync(new Dictionary<string, StoredItem> { ["interview/users/carol"] = new(old) }, CancellationToken.None);

        var (interview, _) = await new InterviewStore(state).LoadAsync(ChatKey.CommandLine("carol"), CancellationToken.None);

        Assert.Equal(started.State!.QuestionIds, interview!.QuestionIds);
    }

    [Fact]
    public void KeysFromHostileIdsStayShortAndApart()
    {
        var huge = new ChatKey("webchat", new string('x', 10_000), "../../etc/passwd");
        var slash = new ChatKey("webchat", "a/b", "c");
        var joined = new ChatKey("webchat", "a", "b/c");

        Assert.True(InterviewStore.InterviewKey(huge).Length < 300);
        Assert.DoesNotContain("../", InterviewStore.InterviewKey(huge));
        Assert.NotEqual(InterviewStore.InterviewKey(slash), InterviewStore.InterviewKey(joined));
        Assert.NotEqual(InterviewStore.InterviewKey(huge), InterviewStore.InterviewKey(huge with { Conversation = new string('x', 9_999) + "y" }));
    }

    // Sends a message with a channel's activity id through the store, as the bot does.
    private static Func<string, string, Task<InterviewReply>> Sender(InterviewStore store)
    {
        var fx = new InterviewFixture();
        return (id, text) => store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c with { MessageId = id }, text, ct), CancellationToken.None);
    }
}
