using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Replies;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;
using Xunit.Abstractions;

namespace TutorBot.Bot.Tests.Storage;

/// <summary>
/// The real bot over <c>/api/messages</c> (expectReplies) with its SQLite state store meeting real faults: a full
/// disk (a tmpfs filled to ENOSPC), a read-only data folder (a read-only bind mount, or chmod), a database file that
/// is not a database, and one learner's damaged record. Each time: a clear log line, a polite reply, questions still
/// answered, nothing saved lost, other learners untouched, never a 500.
/// </summary>
public sealed class StateStoreFaultTests(ITestOutputHelper output) : IDisposable
{
    private const string Question = "What is the difference between LayerNorm and BatchNorm?";
    private readonly List<IDisposable> _cleanup = [];

    [Fact]
    public async Task OnAFullDiskQuestionsAreAnsweredAndAnUnsavedAnswerIsAskedForAgainWithNothingLost()
    {
        output.WriteLine($"Faults produced with {FaultyFolder.Method}");
        var folder = Track(FaultyFolder.Create(tmpfsBytes: FaultyFolder.CanFill ? 4 << 20 : null));
        var refusing = FaultyFolder.CanFill ? null : new RefusingStateStore.Switch(StateStoreFault.Full, reads: false);
        using var host = new StateFolderHost(folder.Path, refusing);
        var client = await host.CreateReadyClientAsync();
        var alice = new InterviewChat(client, "conv-alice", "alice");
        var bob = new InterviewChat(client, "conv-bob", "bob");
        await alice.SayAsync("mock interview, 3 questions");
        var (_, aliceFirst) = await alice.AnswerWellAsync();
        await bob.SayAsync("mock interview, 2 questions");
        var (_, bobFirst) = await bob.AnswerWellAsync();

        Fill(folder, refusing);
        var (notSaved, aliceSecond) = await alice.AnswerWellAsync();
        var carol = await AskAsync(client, Question, "conv-carol");
        var health = await HealthAsync(client);

        // In the language the answer was written in (the reference answers are Chinese).
        Assert.Equal(BotTexts.AnswerNotSaved.In(Language.Chinese), Assert.Single(notSaved.Messages()).Text);
        Assert.Contains("LayerNorm", carol);
        Assert.Contains("[1]", carol);
        Assert.Equal(("degraded", "degraded", "full"), ((string?)health["status"], (string?)health["storage"]!["status"], (string?)health["storage"]!["writes"]!["fault"]));
        var logged = Assert.Single(host.Logs.Find("State store cannot be written"));
        output.WriteLine(logged);
        Assert.Contains("the disk is full", logged);

        Unfill(folder, refusing);
        var (graded, resent) = await alice.AnswerWellAsync();
        Assert.Equal(aliceSecond, resent);
        Assert.Equal([aliceSecond], InterviewChat.CitedEntries(graded.Messages().First()));
        Assert.Contains("Question 3 of 3", graded.Messages().Last().Text);
        Assert.Equal([aliceFirst, aliceSecond], ScoredEntries(await alice.SayAsync("stop")));
        await bob.AnswerWellAsync();
        Assert.Equal(bobFirst, ScoredEntries(bob.LastReplies!)[0]);
        Assert.Equal("ready", (string?)(await HealthAsync(client))["status"]);
        Assert.Single(host.Logs.Find("State store writes work again"));
    }

    [Fact]
    public async Task OnAReadOnlyDataFolderQuestionsAreAnsweredInterviewsWaitAndNothingIsLost()
    {
        output.WriteLine($"Faults produced with {FaultyFolder.Method}");
        var folder = Track(FaultyFolder.Create());
        var readOnly = FaultyFolder.CanMakeReadOnly ? null : new RefusingStateStore.Switch(StateStoreFault.ReadOnly, reads: true);
        InterviewChat alice;
        string aliceFirst;
        using (var before = new StateFolderHost(folder.Path))
        {
            alice = new InterviewChat(await before.CreateReadyClientAsync(), "conv-alice", "alice");
            await alice.SayAsync("mock interview, 2 questions");
            (_, aliceFirst) = await alice.AnswerWellAsync();
        }

        var files = Snapshot(folder.Path);
        if (readOnly is null)
        {
            folder.MakeReadOnly();
        }
        else
        {
            readOnly.On = true;
        }

        using (var stuck = new StateFolderHost(folder.Path, readOnly))
        {
            var client = await stuck.CreateReadyClientAsync();
            var answer = await AskAsync(client, Question, "conv-carol");
            alice.Client = client;
            var refused = await alice.SayAsync("mock interview");
            var health = await HealthAsync(client);

            Assert.Contains("[1]", answer);
            Assert.Equal(BotTexts.StorageUnavailable.In(Language.English), Assert.Single(refused.Messages()).Text);
            Assert.Equal(("degraded", "readOnly"), ((string?)health["status"], (string?)health["storage"]!["reads"]!["fault"]));
            var logged = Assert.Single(stuck.Logs.Find("State store cannot be read"));
            output.WriteLine(logged);
            Assert.Contains("read-only", logged);
        }

        folder.MakeWritable();
        Assert.Equal(files, Snapshot(folder.Path));
        using var after = new StateFolderHost(folder.Path);
        alice.Client = await after.CreateReadyClientAsync();
        var (_, aliceSecond) = await alice.AnswerWellAsync();
        Assert.Equal([aliceFirst, aliceSecond], ScoredEntries(alice.LastReplies!));
    }

    [Fact]
    public async Task ADatabaseFileThatIsNotADatabaseIsLoggedAtStartAndLeftAloneWhileQuestionsAreAnswered()
    {
        var folder = Track(FaultyFolder.Create());
        var database = Path.Combine(folder.Path, "state.db");
        var garbage = new byte[64 * 1024];
        new Random(11).NextBytes(garbage);
        await File.WriteAllBytesAsync(database, garbage);

        using var host = new StateFolderHost(folder.Path);
        var client = await host.CreateReadyClientAsync();
        await WaitForAsync(() => host.Logs.Find("State store cannot be read").Count > 0);
        var logged = Assert.Single(host.Logs.Find("State store cannot be read"));
        var english = await AskAsync(client, Question, "conv-1");
        var chinese = await AskAsync(client, "LayerNorm 和 BatchNorm 的区别", "conv-2");
        var interview = await Activities.AskAsync(client, Activities.Message("mock interview", conversationId: "conv-3"));
        var health = await HealthAsync(client);

        output.WriteLine(logged);
        Assert.Contains("the database file is damaged (it is left as it is)", logged);
        Assert.Contains("file is not a database", logged);
        Assert.Contains("[1]", english);
        Assert.Contains("[1]", chinese);
        Assert.Equal(BotTexts.StorageUnavailable.In(Language.English), Assert.Single(interview.Messages()).Text);
        Assert.Equal(("degraded", "corrupt"), ((string?)health["status"], (string?)health["storage"]!["reads"]!["fault"]));
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
        Assert.Empty(host.Logs.Find("Turn failed"));
    }

    [Fact]
    public async Task OneLearnersDamagedRecordIsSetAsideTheyStartAfreshAndOthersAreUntouched()
    {
        var folder = Track(FaultyFolder.Create());
        using var host = new StateFolderHost(folder.Path);
        var client = await host.CreateReadyClientAsync();
        var alice = new InterviewChat(client, "conv-alice", "alice");
        var bob = new InterviewChat(client, "conv-bob", "bob");
        await alice.SayAsync("mock interview, 2 questions");
        await alice.AnswerWellAsync();
        await bob.SayAsync("mock interview, 2 questions");
        var (_, bobFirst) = await bob.AnswerWellAsync();
        await AskAsync(client, Question, "conv-carol", "carol");
        var aliceKey = InterviewStore.InterviewKey(new ChatKey("test", "conv-alice", "alice"));
        var carolKey = ConversationHistory.Key(new ChatKey("test", "conv-carol", "carol"));
        const string Damaged = "{\"id\": \"0f3c\", \"questionIds\": [\"q13\", ";
        var damagedRows = await ExecuteAsync(folder.Path, "UPDATE state_items SET json = $json WHERE key IN ($a, $c)", ("$json", Damaged), ("$a", aliceKey), ("$c", carolKey));
        Assert.Equal(2, damagedRows);

        var restart = await alice.SayAsync("mock interview, 2 questions");
        var carol = await AskAsync(client, Question, "conv-carol", "carol");

        Assert.Equal(BotTexts.DamagedStateSetAside.In(Language.English), restart.Messages().First().Text);
        Assert.Contains("Question 1 of 2", restart.Messages().Last().Text);
        Assert.Contains("[1]", carol);
        var kept = await AsideAsync(folder.Path);
        Assert.Equal(2, kept.Count);
        Assert.All(kept, record => Assert.Equal(Damaged, (string?)record["json"]));
        Assert.Equal(new[] { aliceKey, carolKey }.Order(StringComparer.Ordinal), kept.Select(r => (string)r["key"]!).Order(StringComparer.Ordinal));
        Assert.Contains(host.Logs.Find("could not be read and was set aside"), l => l.Contains(aliceKey + " is kept as damaged/" + aliceKey + "/", StringComparison.Ordinal));
        Assert.Equal(2, host.Logs.Find("could not be read and was set aside").Count);

        var (_, bobSecond) = await bob.AnswerWellAsync();
        Assert.Equal([bobFirst, bobSecond], ScoredEntries(bob.LastReplies!));
        Assert.Empty(host.Logs.Find("Turn failed"));
    }

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(_cleanup))
        {
            item.Dispose();
        }
    }

    private T Track<T>(T item) where T : IDisposable
    {
        _cleanup.Add(item);
        return item;
    }

    private static void Fill(FaultyFolder folder, RefusingStateStore.Switch? refusing)
    {
        if (refusing is null)
        {
            folder.Fill();
        }
        else
        {
            refusing.On = true;
        }
    }

    private static void Unfill(FaultyFolder folder, RefusingStateStore.Switch? refusing)
    {
        if (refusing is null)
        {
            folder.Unfill();
        }
        else
        {
            refusing.On = false;
        }
    }

    private static async Task<string> AskAsync(HttpClient client, string text, string conversationId, string userId = "user-1") =>
        Assert.Single((await Activities.AskAsync(client, Activities.Message(text, conversationId: conversationId, userId: userId))).Messages()).Text ?? "";

    private static async Task<JObject> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync());
    }

    // The entry ids in the summary card's scores, in order.
    private static List<string> ScoredEntries(IEnumerable<Microsoft.Bot.Schema.Activity> replies) =>
        InterviewChat.SummaryCard(replies)!["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!
            .Select(f => System.Text.RegularExpressions.Regex.Match((string?)f["title"] ?? "", @"\((?<id>[^()]+)\)\s*$").Groups["id"].Value)
            .ToList();

    private static Dictionary<string, string> Snapshot(string folder) => Directory.GetFiles(folder)
        .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task<int> ExecuteAsync(string folder, string sql, params (string Name, string Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "state.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<JObject>> AsideAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "state.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM state_items WHERE key LIKE 'damaged/%'";
        var kept = new List<JObject>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            kept.Add(JObject.Parse(reader.GetString(0)));
        }

        return kept;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }
}
