using Microsoft.Bot.Schema;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>
/// Two bot host processes on one Azurite, as two App Service instances behind Azure Bot Service: each its own
/// content root and index, state only in the shared container, configured through environment variables exactly as
/// docs/deploy.md tells an operator. Midway, one is killed with SIGKILL while a turn is on its way to it (whether it
/// stored that turn is a race, so the test asks the survivor where the interview stands, as the learner would), and
/// it is restarted on its own folder while the survivor carries on.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoHostProcessesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Questions = 6;
    private readonly string _container = AzuriteFixture.NewContainerName();
    private readonly List<string> _homes = [BotProcess.CreateHome(), BotProcess.CreateHome()];
    private readonly List<BotProcess> _processes = [];

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AMockInterviewAlternatingBetweenTwoHostsWithOneKilledGradesEveryAnswerExactlyOnce()
    {
        var started = await Task.WhenAll(_homes.Select(StartAsync));
        var (a, b) = (started[0], started[1]);
        var chat = new InterviewChat(a.Client, "conv-" + Guid.NewGuid().ToString("N"));
        var answered = new List<string>();

        // Host A starts the interview; B, A and B grade the first three answers from the state the other wrote.
        Assert.Contains($"Question 1 of {Questions}", (await chat.SayAsync($"mock interview, {Questions} questions")).Messages().Single().Text);
        foreach (var host in new[] { b, a, b })
        {
            await AnswerWellAsync(chat, host, answered);
        }

        // A is killed as the fourth answer is sent to it: the answer was stored or not, never half.
        chat.Client = a.Client;
        var (fourth, answer) = KnowledgeAnswers.AskedIn(chat.LastQuestion);
        var inFlight = chat.SayAsync(answer);
        await a.KillAsync();
        try
        {
            await inFlight;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            // Cut off: whether A stored the answer is for the shared state to say.
        }

        var restarting = StartAsync(_homes[0]);
        chat.Client = b.Client;
        var repeated = await chat.SayAsync("repeat");
        var current = KnowledgeAnswers.AskedIn(repeated.Messages().Last().Text).Id;
        if (current == fourth)
        {
            // Not stored before the kill: the learner sends it again, to the survivor.
            await AnswerWellAsync(chat, b, answered);
        }
        else
        {
            answered.Add(fourth);
        }

        // The rest alternates between A restarted on its own folder and B.
        var restarted = await restarting;
        IReadOnlyList<Activity> last = [];
        for (var turn = 0; answered.Count < Questions; turn++)
        {
            last = await AnswerWellAsync(chat, turn % 2 == 0 ? restarted : b, answered);
        }

        var summary = InterviewChat.SummaryCard(last);
        Assert.True(summary is not null, $"no summary after the last answer: {string.Join(" | ", last.Select(m => m.Text))}");
        var facts = summary["body"]!.First(f => (string?)f["type"] == "FactSet")!["facts"]!.ToList();
        Assert.Equal(Questions, facts.Count);
        for (var i = 0; i < Questions; i++)
        {
            Assert.Contains($"({answered[i]})", (string?)facts[i]["title"]);
            Assert.NotEqual("0/10", (string?)facts[i]["value"]);
        }

        Assert.Equal(Questions, answered.Distinct().Count());
        Assert.True(a.HasExited);
    }

    // Answers the current question well through host's address and checks that the feedback graded that question.
    private static async Task<IReadOnlyList<Activity>> AnswerWellAsync(InterviewChat chat, BotProcess host, List<string> answered)
    {
        chat.Client = host.Client;
        var (replies, entryId) = await chat.AnswerWellAsync();
        Assert.Equal([entryId], InterviewChat.CitedEntries(replies.Messages().First()));
        answered.Add(entryId);
        return replies;
    }

    private async Task<BotProcess> StartAsync(string home)
    {
        var process = await BotProcess.StartAsync(home, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "AzureBlob",
            ["Storage__AzureBlob__ConnectionString"] = azurite.ConnectionString,
            ["Storage__AzureBlob__Container"] = _container,
            ["WebChat__Enabled"] = "false",
        });
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await azurite.Container(_container).DeleteIfExistsAsync();
        foreach (var home in _homes)
        {
            try
            {
                Directory.Delete(home, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
