using TutorBot.Core.Feedback;

namespace TutorBot.Core.Tests.Feedback;

public sealed class FeedbackJsonLinesTests : IDisposable
{
    // Lines exactly as FeedbackLog of the earlier versions appended them.
    private const string OldLine =
        """{"time":"2026-11-28T09:15:02.1234567+00:00","channel":"webchat","reaction":"dislike","question":"为什么要除以根号d?","entries":["q13"],"mode":"extractive","comment":null}""";
    private const string OldTeamsLine =
        """{"time":"2026-11-28T10:00:00+00:00","channel":"msteams","reaction":"like","question":"","entries":[],"mode":"","comment":"too short"}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-feedback-lines-").FullName;

    [Fact]
    public void AnOldLineReadsAsItsVoteWithAStableLegacyId()
    {
        var vote = FeedbackJsonLines.Parse(OldLine, out var problem)!;
        var again = FeedbackJsonLines.Parse(OldLine + "  ", out _)!;
        var other = FeedbackJsonLines.Parse(OldTeamsLine, out _)!;

        Assert.Null(problem);
        Assert.Equal(("webchat", FeedbackRecord.Dislike, "为什么要除以根号d?", "extractive"), (vote.Channel, vote.Reaction, vote.Question, vote.Mode));
        Assert.Equal(["q13"], vote.Entries);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 15, 2, TimeSpan.Zero).AddTicks(1234567), vote.Time);
        Assert.StartsWith("legacy-", vote.Id);
        Assert.True(FeedbackRecord.IsValidId(vote.Id));
        Assert.Equal(vote.Id, again.Id);
        Assert.NotEqual(vote.Id, other.Id);
        Assert.Equal("too short", other.Comment);
    }

    [Fact]
    public void AFormattedVoteReadsBackAsTheSameVoteWithChineseUnescaped()
    {
        var vote = FeedbackRecord.New(DateTimeOffset.UtcNow, "msteams", FeedbackRecord.Like, "什么是 KV cache?", ["q07"], "llm", "很好");

        var line = FeedbackJsonLines.Format(vote);
        var read = FeedbackJsonLines.Parse(line, out _)!;

        Assert.Contains("什么是 KV cache?", line);
        Assert.DoesNotContain("\n", line);
        Assert.DoesNotContain("\"day\"", line);
        Assert.Equal(vote with { Entries = read.Entries }, read);
        Assert.Equal(vote.Entries, read.Entries);
    }

    [Theory]
    [InlineData("not json", "not a JSON object")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"channel":"webchat","reaction":"like"}""", "no \"time\"")]
    [InlineData("""{"time":"2026-11-28T10:00:00Z","reaction":"like"}""", "no \"channel\"")]
    [InlineData("""{"time":"2026-11-28T10:00:00Z","channel":"webchat","reaction":"meh"}""", "neither like nor dislike")]
    [InlineData("""{"id":"../x","time":"2026-11-28T10:00:00Z","channel":"webchat","reaction":"like"}""", "\"id\" must be")]
    public void ALineThatIsNotAVoteSaysWhy(string line, string expected)
    {
        Assert.Null(FeedbackJsonLines.Parse(line, out var problem));
        Assert.Contains(expected, problem);
    }

    [Fact]
    public async Task AFileIsReadLineByLineAndItsBadLinesAreNamedWithFileAndLine()
    {
        var path = Path.Combine(_folder, "feedback.jsonl");
        await File.WriteAllTextAsync(path, $"{OldLine}\n\n{{broken\n{OldTeamsLine}\n");

        var contents = await FeedbackFile.ReadAsync(path, CancellationToken.None);

        Assert.Equal(["webchat", "msteams"], contents.Records.Select(r => r.Channel));
        Assert.Equal($"{path}:3: ", Assert.Single(contents.Problems)[..($"{path}:3: ".Length)]);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
