using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

/// <summary>
/// A channel delivers an activity again when it did not get the bot's answer (a timeout, a host that died after
/// storing the turn): the same activity id must not be graded a second time, as the answer to the next question.
/// </summary>
public sealed class RedeliveryTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task AnAnswerDeliveredTwiceIsGradedOnceAndTheSummaryListsEachQuestionOnce()
    {
        var client = await host.CreateReadyClientAsync();
        var chat = new InterviewChat(client, "conv-redelivery");
        await chat.SayAsync("mock interview, 3 questions");
        var (firstId, firstAnswer) = KnowledgeAnswers.AskedIn(chat.LastQuestion);
        var answer = Activities.Message(firstAnswer, conversationId: "conv-redelivery");

        var graded = await Activities.AskAsync(client, answer);
        var again = await Activities.AskAsync(client, answer);

        Assert.Equal(graded.Messages().Select(m => m.Text), again.Messages().Select(m => m.Text));
        Assert.Equal([firstId], InterviewChat.CitedEntries(again.Messages().First()));
        var summary = InterviewChat.SummaryCard(await chat.SayAsync("stop"))!;
        var facts = summary["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!.Select(f => (string?)f["title"]).ToList();
        Assert.Contains($"({firstId})", Assert.Single(facts));
    }
}
