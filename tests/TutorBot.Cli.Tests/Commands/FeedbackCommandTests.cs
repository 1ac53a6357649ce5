using System.Text.Json.Nodes;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

/// <summary><c>tutorbot feedback</c> through the real program, on the state store of its home folder.</summary>
public sealed class FeedbackCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly CliRunner _cli = new();
    private readonly CliRunner _other = new();

    [Fact]
    public async Task AnOlderFeedbackFileIsImportedOnceAndItsVotesListedAsJsonLines()
    {
        var file = Path.Combine(_cli.Home, "feedback.jsonl");
        await File.WriteAllLinesAsync(file,
        [
            OldLine(Now.AddHours(-1), "webchat", "dislike", "为什么要除以根号d?", "q13"),
            "{broken",
            OldLine(Now.AddDays(-40), "msteams", "like", "What is the KV cache?", "q07"),
        ]);

        var (code, output, error) = await _cli.RunAsync(null, "feedback", "--import", file);
        var (againCode, again, _) = await _cli.RunAsync(null, "feedback", "--import", file);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:2: not a JSON object", error);
        Assert.Contains("Imported 2 new vote(s) of 2", output);
        Assert.Equal(1, againCode);
        Assert.Contains("Imported 0 new vote(s) of 2", again);

        (code, output, error) = await _cli.RunAsync(null, "feedback");
        Assert.True(code == 0, error);
        var recent = Assert.Single(Lines(output));
        Assert.Equal("为什么要除以根号d?", (string?)recent["question"]);
        Assert.Contains("\"为什么要除以根号d?\"", output);
        Assert.StartsWith("legacy-", (string?)recent["id"]);
        Assert.Contains("1 vote(s)", error);

        (code, output, _) = await _cli.RunAsync(null, "feedback", "--since", Day(Now.AddDays(-41)));
        Assert.Equal(0, code);
        Assert.Equal(["msteams", "webchat"], Lines(output).Select(l => (string?)l["channel"]));

        (_, output, _) = await _cli.RunAsync(null, "feedback", "--since", Day(Now.AddDays(-41)), "--until", Day(Now.AddDays(-2)), "--channel", "msteams");
        Assert.Equal(["q07"], Lines(output).Select(l => (string?)l["entries"]![0]));
    }

    [Fact]
    public async Task AnExportImportsIntoAnotherStoreAsTheSameVotes()
    {
        var file = Path.Combine(_cli.Home, "feedback.jsonl");
        await File.WriteAllLinesAsync(file, [OldLine(Now.AddHours(-3), "webchat", "like", "RoPE 是什么?", "q20"), OldLine(Now.AddHours(-2), "msteams", "dislike", "", null)]);
        await _cli.RunAsync(null, "feedback", "--import", file);

        var (code, _, error) = await _cli.RunAsync(null, "feedback", "--out", "votes.jsonl");
        var exported = await File.ReadAllTextAsync(Path.Combine(_cli.Home, "votes.jsonl"));
        var (first, imported, _) = await _other.RunAsync(null, "feedback", "--import", Path.Combine(_cli.Home, "votes.jsonl"));
        var (_, importedAgain, _) = await _other.RunAsync(null, "feedback", "--import", Path.Combine(_cli.Home, "votes.jsonl"));
        var (_, listed, _) = await _other.RunAsync(null, "feedback");

        Assert.True(code == 0, error);
        Assert.Equal(2, Lines(exported).Count);
        Assert.Equal(0, first);
        Assert.Contains("Imported 2 new vote(s) of 2", imported);
        Assert.Contains("Imported 0 new vote(s) of 2", importedAgain);
        Assert.Equal(exported, listed);
    }

    [Theory]
    [InlineData("--since", "2026-13-01", "--since must be a date like")]
    [InlineData("--until", "yesterday", "--until must be a date like")]
    public async Task ADateThatIsNotADayIsAUserError(string option, string value, string expected)
    {
        var (code, _, error) = await _cli.RunAsync(null, "feedback", option, value);

        Assert.Equal(1, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task ASinceAfterTheUntilIsAUserError()
    {
        var (code, _, error) = await _cli.RunAsync(null, "feedback", "--since", "2026-03-02", "--until", "2026-03-01");

        Assert.Equal(1, code);
        Assert.Contains("is after --until", error);
    }

    private static string OldLine(DateTimeOffset time, string channel, string reaction, string question, string? entry) =>
        new JsonObject
        {
            ["time"] = time.ToString("O"),
            ["channel"] = channel,
            ["reaction"] = reaction,
            ["question"] = question,
            ["entries"] = entry is null ? new JsonArray() : new JsonArray(entry),
            ["mode"] = entry is null ? "" : "extractive",
            ["comment"] = null,
        }.ToJsonString();

    private static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd");

    private static List<JsonNode> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();

    public void Dispose()
    {
        _cli.Dispose();
        _other.Dispose();
    }
}
