using TutorBot.Core.Answering;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Answering;

public sealed class ConversationHistoryTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    private static readonly ChatKey Key = new("msteams", "conv-7", "dana");

    [Fact]
    public async Task AFollowUpAfterARestartStillKnowsThePreviousQuestion()
    {
        var state = new MemoryStateStore();
        var before = new ConversationHistory(state, new TutorOptions());
        var first = await (await before.OpenAsync(Key, kb.Tutor(), CancellationToken.None)).AskAsync("What is KV cache?", CancellationToken.None);
        await before.AppendAsync(Key, Turn.Of(first), CancellationToken.None);

        var after = new ConversationHistory(state, new TutorOptions());
        var conversation = await after.OpenAsync(Key, kb.Tutor(), CancellationToken.None);
        var why = await conversation.AskAsync("why?", CancellationToken.None);

        Assert.True(first.Answered);
        Assert.Equal("What is KV cache?", Assert.Single(conversation.Turns.Take(1)).Question);
        Assert.Equal(first.Citations[0].EntryId, why.Citations[0].EntryId);
    }

    [Fact]
    public async Task TurnsAppendedAtOnceAreAllKeptUpToTheLimit()
    {
        var state = new MemoryStateStore();
        var history = new ConversationHistory(state, new TutorOptions { MaxHistoryTurns = 4 });

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => history.AppendAsync(Key, new Turn($"q{i}", $"a{i}"), CancellationToken.None)));
        var conversation = await history.OpenAsync(Key, kb.Tutor(), CancellationToken.None);

        Assert.Equal(4, conversation.Turns.Count);
        Assert.Equal(4, conversation.Turns.Select(t => t.Question).Distinct().Count());
    }

    [Fact]
    public async Task ATurnAnsweredWhileAnotherWasStoredKeepsBoth()
    {
        var state = new MemoryStateStore();
        var history = new ConversationHistory(state, new TutorOptions());

        // The other turn is stored after this one read the history and before it writes: its write must re-read.
        var answer = await history.AnswerAsync(Key, kb.Tutor(), async conversation =>
        {
            await history.AppendAsync(Key, new Turn("meanwhile", "a"), CancellationToken.None);
            return await conversation.AskAsync("What is the KV cache?", CancellationToken.None);
        }, CancellationToken.None);
        var stored = await history.OpenAsync(Key, kb.Tutor(), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal(["meanwhile", "What is the KV cache?"], stored.Turns.Select(t => t.Question));
    }

    [Fact]
    public async Task NothingIsStoredWhenHistoryIsSwitchedOff()
    {
        var state = new MemoryStateStore();
        var history = new ConversationHistory(state, new TutorOptions { MaxHistoryTurns = 0 });

        await history.AppendAsync(Key, new Turn("q", "a"), CancellationToken.None);

        Assert.Empty(await state.ReadAsync([ConversationHistory.Key(Key)], CancellationToken.None));
    }

    [Fact]
    public async Task AStoredTurnKeepsTheReplysOpeningAndItsEntriesInPlainUtf8()
    {
        var state = new MemoryStateStore();
        var history = new ConversationHistory(state, new TutorOptions());

        var answer = await history.AnswerAsync(Key, kb.Tutor(), conversation => conversation.AskAsync("为什么 attention 要除以根号 d", CancellationToken.None), CancellationToken.None);
        var json = (await state.ReadAsync([ConversationHistory.Key(Key)], CancellationToken.None))[ConversationHistory.Key(Key)].Json;
        var stored = Assert.Single((await history.OpenAsync(Key, kb.Tutor(), CancellationToken.None)).Turns);

        Assert.True(answer.Answered && answer.Text.Length > Turn.MaxAnswerChars, $"the reply has {answer.Text.Length} characters");
        Assert.Equal(answer.Text[..Turn.MaxAnswerChars] + "…", stored.Answer);
        Assert.Equal(answer.Citations.Select(c => c.EntryId), stored.EntryIds);
        Assert.Contains("为什么 attention 要除以根号 d", json);
        Assert.DoesNotContain("\\u4E3A", json, StringComparison.OrdinalIgnoreCase);
        Assert.True(json.Length < 1_000, $"{json.Length} characters stored");
    }

    [Fact]
    public void StoredDocumentsStillEscapeWhatHtmlAndScriptTreatSpecially()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new Turn("<script>x</script> & 注意力", "a"), StateJson.Options);

        Assert.DoesNotContain("<script>", json);
        Assert.Contains("注意力", json);
    }
}
