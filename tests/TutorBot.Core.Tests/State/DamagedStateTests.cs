using System.Text.Json;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.State;

/// <summary>
/// Core's callers of the state store when documents or the store itself are damaged: an unreadable document is set
/// aside verbatim (under damaged/...) and its user starts afresh, others untouched; a store that cannot be read still
/// lets a question through, and costs a question only its history.
/// </summary>
public sealed class DamagedStateTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    private static readonly ChatKey Alice = new("webchat", "conv-1", "alice");
    private static readonly ChatKey Bob = new("webchat", "conv-2", "bob");
    private const string Damaged = "{\"id\": \"x\", \"questionIds\": [";

    [Fact]
    public async Task ADamagedInterviewIsSetAsideVerbatimAndOnlyItsLearnerStartsAfresh()
    {
        var state = new MemoryStateStore();
        var clock = new InterviewFixture.FakeClock(new DateTimeOffset(2026, 11, 29, 8, 30, 0, TimeSpan.Zero));
        var fx = new InterviewFixture();
        var store = new InterviewStore(state, clock);
        await store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None);
        await store.HandleAsync(Bob, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None);
        var bobBefore = (await state.ReadAsync([InterviewStore.InterviewKey(Bob)], CancellationToken.None)).Single().Value;
        await state.WriteAsync(new Dictionary<string, StoredItem> { [InterviewStore.InterviewKey(Alice)] = new(Damaged) }, CancellationToken.None);

        var reply = await store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None);

        var aside = Assert.Single(reply.SetAside);
        Assert.Equal("damaged/interview/webchat/conv-1/alice/20261129T083000000Z", aside);
        Assert.Equal(InterviewReplyKind.Question, reply.Kind);
        Assert.Equal(0, reply.State!.Index);
        var kept = JsonSerializer.Deserialize<DamagedRecord>((await state.ReadAsync([aside], CancellationToken.None))[aside].Json, StateJson.Options)!;
        Assert.Equal((InterviewStore.InterviewKey(Alice), Damaged, clock.GetUtcNow()), (kept.Key, kept.Json, kept.SetAsideAt));
        Assert.StartsWith("JsonException", kept.Error);
        Assert.Equal(bobBefore, (await state.ReadAsync([InterviewStore.InterviewKey(Bob)], CancellationToken.None)).Single().Value);
        var next = await store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "excellent answer", ct), CancellationToken.None);
        Assert.Empty(next.SetAside);
        Assert.Equal(InterviewReplyKind.Feedback, next.Kind);
    }

    [Fact]
    public async Task ADamagedHistoryIsSetAsideAndTheQuestionIsAnsweredWithoutIt()
    {
        var state = new MemoryStateStore();
        var history = new ConversationHistory(state, new TutorOptions());
        await state.WriteAsync(new Dictionary<string, StoredItem> { [ConversationHistory.Key(Alice)] = new("[[[") }, CancellationToken.None);

        var answer = await history.AnswerAsync(Alice, kb.Tutor(), c => c.AskAsync("What is the KV cache?", CancellationToken.None), CancellationToken.None);
        var stored = await history.OpenAsync(Alice, kb.Tutor(), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(["What is the KV cache?"], stored.Turns.Select(t => t.Question));
        var keys = await state.ReadAsync([ConversationHistory.Key(Alice)], CancellationToken.None);
        Assert.Single(keys);
    }

    [Fact]
    public async Task WhenTheStoreCannotBeReadAQuestionPassesAndAnInterviewCommandWaits()
    {
        var store = new InterviewStore(new UnreachableStateStore());
        var fx = new InterviewFixture();

        var question = await store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "What is the KV cache?", ct), CancellationToken.None);
        var start = await Assert.ThrowsAsync<StateStoreUnavailableException>(() =>
            store.HandleAsync(Alice, (c, ct) => fx.Engine().HandleAsync(c, "/interview attention 2", ct), CancellationToken.None));

        Assert.Equal(InterviewReplyKind.NotHandled, question.Kind);
        Assert.Equal((StateStoreFault.Corrupt, StateOperation.Read), (start.Fault, start.Operation));
    }

    [Fact]
    public async Task AQuestionIsAnsweredWhenTheStoreCanNeitherBeReadNorWritten()
    {
        var unreachable = new UnreachableStateStore(StateStoreFault.Full);
        var history = new ConversationHistory(unreachable, new TutorOptions());

        var answer = await history.AnswerAsync(Alice, kb.Tutor(), c => c.AskAsync("What is the KV cache?", CancellationToken.None), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(1, unreachable.Calls); // the failed read; nothing is written over a history that could not be read
    }
}
