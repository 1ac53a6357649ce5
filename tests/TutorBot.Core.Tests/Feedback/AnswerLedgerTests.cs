using TutorBot.Core.Feedback;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Feedback;

public sealed class AnswerLedgerTests
{
    private static readonly ChatKey Chat = new("msteams", "a:conv-1", "29:user-1");
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly MemoryStateStore _state = new();

    [Fact]
    public async Task ARememberedAnswerIsFoundByItsMessageIdInItsConversationOnly()
    {
        var ledger = new AnswerLedger(_state, new FeedbackOptions());
        var answer = new AnsweredMessage("What is the KV cache?", ["q07", "q08"], "llm");

        await ledger.RememberAsync(Chat, "1:msg", answer, None);

        var found = await ledger.FindAsync(Chat with { User = "someone else" }, "1:msg", None);
        Assert.Equal(answer.Question, found!.Question);
        Assert.Equal(answer.Entries, found.Entries);
        Assert.Equal("llm", found.Mode);
        Assert.Null(await ledger.FindAsync(Chat with { Conversation = "a:conv-2" }, "1:msg", None));
        Assert.Null(await ledger.FindAsync(Chat, "1:other", None));
        Assert.Null(await ledger.FindAsync(Chat, null, None));
    }

    [Fact]
    public async Task OnlyTheNewestAnswersOfAConversationAreKeptAndTheOlderDocumentsAreDeleted()
    {
        var ledger = new AnswerLedger(_state, new FeedbackOptions { AnswersPerConversation = 3 });
        var other = Chat with { Conversation = "a:conv-2" };
        await ledger.RememberAsync(other, "m0", Answer(0), None);
        for (var i = 1; i <= 5; i++)
        {
            await ledger.RememberAsync(Chat, $"m{i}", Answer(i), None);
        }

        var found = new List<string?>();
        for (var i = 1; i <= 5; i++)
        {
            found.Add((await ledger.FindAsync(Chat, $"m{i}", None))?.Question);
        }

        Assert.Equal([null, null, "question 3", "question 4", "question 5"], found);
        Assert.Empty(await _state.ReadAsync([AnswerLedger.AnswerKey(Chat, "m1"), AnswerLedger.AnswerKey(Chat, "m2")], None));
        Assert.Equal("question 0", (await ledger.FindAsync(other, "m0", None))?.Question);
    }

    [Fact]
    public async Task AnAnswerRememberedAgainUnderTheSameIdIsReplacedNotCountedTwice()
    {
        var ledger = new AnswerLedger(_state, new FeedbackOptions { AnswersPerConversation = 2 });
        await ledger.RememberAsync(Chat, "m1", Answer(1), None);
        await ledger.RememberAsync(Chat, "m2", Answer(2), None);

        await ledger.RememberAsync(Chat, "m2", Answer(22), None);

        Assert.Equal("question 1", (await ledger.FindAsync(Chat, "m1", None))?.Question);
        Assert.Equal("question 22", (await ledger.FindAsync(Chat, "m2", None))?.Question);
    }

    private static AnsweredMessage Answer(int n) => new($"question {n}", [$"q{n:00}"], "extractive");
}
