using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

/// <summary>The bot keeps interviews and question history in Core's one store, over real HTTP and a real SQLite file.</summary>
public sealed class OneStoreTests : IDisposable
{
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("tutorbot-onestore-").FullName;

    [Fact]
    public async Task TwoAnswersSentAtOnceAreEachGradedExactlyOnce()
    {
        await using var host = new RestartableBotHost(_dataRoot);
        var client = await host.CreateReadyClientAsync();
        var chat = new InterviewChat(client, "conv-race");
        await chat.SayAsync("mock interview, 3 questions");
        var (_, answer) = KnowledgeAnswers.AskedIn(chat.LastQuestion);

        // A double click: the same good answer twice at the same moment, on one interview.
        var twice = new[] { new InterviewChat(client, "conv-race"), new InterviewChat(client, "conv-race") };
        await Task.WhenAll(twice.Select(c => c.SayAsync(answer)));

        var summary = InterviewChat.SummaryCard(await chat.SayAsync("stop"))!;
        var facts = summary["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!.Select(f => (string?)f["title"]).ToList();
        Assert.Equal(2, facts.Count);
        Assert.Equal(2, facts.Distinct().Count());
    }

    [Fact]
    public async Task AFollowUpAfterARestartStillKnowsTheQuestion()
    {
        string firstEntry;
        await using (var before = new RestartableBotHost(_dataRoot))
        {
            var replies = await new InterviewChat(await before.CreateReadyClientAsync(), "conv-why").SayAsync("What is the KV cache?");
            firstEntry = InterviewChat.CitedEntries(replies.Messages().Last()).First();
        }

        await using var after = new RestartableBotHost(_dataRoot);
        var why = await new InterviewChat(await after.CreateReadyClientAsync(), "conv-why").SayAsync("why?");

        Assert.Contains(firstEntry, InterviewChat.CitedEntries(why.Messages().Last()));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
