using Microsoft.Bot.Schema;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

public sealed class InterviewIsolationTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Theory]
    [InlineData("conv-alice", "conv-bob")] // two personal chats
    [InlineData("conv-group", "conv-group")] // one group chat
    public async Task TwoUsersInterviewingAtOnceNeverSeeEachOthersQuestionsOrScores(string aliceConversation, string bobConversation)
    {
        var client = await host.CreateReadyClientAsync();
        var alice = new InterviewChat(client, aliceConversation, "alice-" + aliceConversation);
        var bob = new InterviewChat(client, bobConversation, "bob-" + bobConversation);

        var starts = await Task.WhenAll(alice.SayAsync("mock interview on attention, 3 questions"), bob.SayAsync("模拟面试 3题"));
        Assert.Contains("Question 1 of 3", starts[0].Messages().Single().Text);
        Assert.Contains("第 1/3 题", starts[1].Messages().Single().Text);

        var aliceAsked = new List<string>();
        var bobAsked = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            aliceAsked.Add(KnowledgeAnswers.AskedIn(alice.LastQuestion).Id);
            bobAsked.Add(KnowledgeAnswers.AskedIn(bob.LastQuestion).Id);
            // Alice answers everything well, Bob skips everything: crossed state would show in the scores.
            var turns = await Task.WhenAll(alice.AnswerWellAsync(), Skip(bob));
            Assert.Equal(aliceAsked[i], turns[0].EntryId);
            Assert.Equal([aliceAsked[i]], InterviewChat.CitedEntries(turns[0].Replies.Messages().First()));
            Assert.Equal([bobAsked[i]], InterviewChat.CitedEntries(turns[1].Replies.Messages().First()));
            Assert.All(turns[0].Replies.Messages(), m => Assert.DoesNotContain("跳过", m.Text ?? ""));
        }

        var aliceFacts = Facts(alice.LastReplies!);
        var bobFacts = Facts(bob.LastReplies!);
        Assert.Equal(aliceAsked.Select(id => $"({id})"), aliceFacts.Select(f => f.Title[f.Title.LastIndexOf('(')..]));
        Assert.Equal(bobAsked.Select(id => $"({id})"), bobFacts.Select(f => f.Title[f.Title.LastIndexOf('(')..]));
        Assert.All(bobFacts, f => Assert.StartsWith("0/10", f.Value));
        Assert.All(aliceFacts, f => Assert.False(f.Value.StartsWith("0/10"), $"Alice scored {f.Value}"));
    }

    private static async Task<(IReadOnlyList<Activity> Replies, string EntryId)> Skip(InterviewChat chat)
    {
        var id = KnowledgeAnswers.AskedIn(chat.LastQuestion).Id;
        return (await chat.SayAsync("跳过"), id);
    }

    private static List<(string Title, string Value)> Facts(IReadOnlyList<Activity> replies) =>
        InterviewChat.SummaryCard(replies)!["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!
            .Select(f => ((string)f["title"]!, (string)f["value"]!)).ToList();
}
