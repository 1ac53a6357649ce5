using System.Net;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>
/// A bad edit to the knowledge files between two starts of the bot: the second start refuses the damaged files,
/// keeps answering from the index the first one built, and <c>/healthz</c> says what is wrong (200 "degraded", each
/// problem as file:line: message).
/// </summary>
public sealed class DamagedKnowledgeTests : IDisposable
{
    private const string Question = "What is the difference between LayerNorm and BatchNorm?";
    private readonly string _root = Directory.CreateTempSubdirectory("tutorbot-damaged-").FullName;

    [Fact]
    public async Task AfterABadEditTheBotAnswersFromThePreviousIndexAndHealthSaysWhatIsWrong()
    {
        var knowledge = Path.Combine(_root, "knowledge");
        CopyDirectory(RepoPaths.Knowledge, knowledge);
        using (var first = new KnowledgeCopyHost(_root, knowledge))
        {
            var client = await first.CreateReadyClientAsync();
            Assert.Contains("\"ready\"", await client.GetStringAsync("/healthz"));
            Assert.Contains(await AskAsync(client), r => r.Contains("LayerNorm", StringComparison.Ordinal));
        }

        var q03 = Directory.GetFiles(Path.Combine(knowledge, "llm-interview"), "q03-*.md").Single();
        var q12 = Directory.GetFiles(Path.Combine(knowledge, "llm-interview"), "q12-*.md").Single();
        File.WriteAllBytes(q03, [.. "---\nid: q03\n"u8, 0xFF, 0xFE, 0x00, 0x01]);
        File.WriteAllText(q12, "---\nid: q12\na: &a [x, x]\nquestion: *a\n---\n\nAnswer.\n");

        using var second = new KnowledgeCopyHost(_root, knowledge);
        var restarted = await second.CreateReadyClientAsync();
        using var health = await restarted.GetAsync("/healthz");
        var status = JObject.Parse(await health.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("degraded", (string?)status["status"]);
        Assert.True((int)status["entries"]! > 100);
        var problems = status["problems"]!.Values<string>().ToList();
        Assert.Contains(problems, p => p!.StartsWith("llm-interview/" + Path.GetFileName(q03) + ":3: ", StringComparison.Ordinal) && p.Contains("not UTF-8", StringComparison.Ordinal));
        Assert.Contains(problems, p => p!.StartsWith("llm-interview/" + Path.GetFileName(q12) + ":3: ", StringComparison.Ordinal) && p.Contains("anchors", StringComparison.Ordinal));
        Assert.Contains(await AskAsync(restarted), r => r.Contains("LayerNorm", StringComparison.Ordinal) && r.Contains("[1]", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task<List<string>> AskAsync(HttpClient client) =>
        (await Activities.AskAsync(client, Activities.Message(Question, conversationId: Guid.NewGuid().ToString("N")))).Messages().Select(m => m.Text ?? "").ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The bot over a copy of the knowledge folder and a data folder that outlives it (a restart is a new one).</summary>
    private sealed class KnowledgeCopyHost(string dataRoot, string knowledge) : BotHostFactory(
        new Dictionary<string, string?> { ["Knowledge:Root"] = knowledge, ["Retrieval:AliasesFile"] = Path.Combine(knowledge, "aliases.txt") }, dataRoot);
}
