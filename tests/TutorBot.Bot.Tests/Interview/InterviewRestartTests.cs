using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

public sealed class InterviewRestartTests : IDisposable
{
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("tutorbot-restart-").FullName;

    [Fact]
    public async Task InterviewContinuesAfterTheHostRestartsOnTheSameDataFolder()
    {
        InterviewChat chat;
        string firstId;
        string secondId;
        await using (var before = new RestartableBotHost(_dataRoot))
        {
            chat = new InterviewChat(await before.CreateReadyClientAsync(), "conv-restart");
            await chat.SayAsync("mock interview, 3 questions");
            (_, firstId) = await chat.AnswerWellAsync();
            secondId = KnowledgeAnswers.AskedIn(chat.LastQuestion).Id;
        }

        await using var after = new RestartableBotHost(_dataRoot);
        chat.Client = await after.CreateReadyClientAsync();

        var (answered, entryId) = await chat.AnswerWellAsync();
        var feedback = answered.Messages().First();
        Assert.Equal(secondId, entryId);
        Assert.Equal([secondId], InterviewChat.CitedEntries(feedback));
        Assert.Contains("Question 3 of 3", answered.Messages().Last().Text);

        var summary = InterviewChat.SummaryCard(await chat.SayAsync("stop"))!;
        var facts = summary["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!.Select(f => (string?)f["title"]).ToList();
        Assert.Equal(2, facts.Count);
        Assert.Contains($"({firstId})", facts[0]);
        Assert.Contains($"({secondId})", facts[1]);
        Assert.DoesNotContain(summary["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!, f => (string?)f["value"] == "0/10");
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
