using Microsoft.Extensions.DependencyInjection;
using TutorBot.Bot.Feedback;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Feedback;

namespace TutorBot.Bot.Tests.Feedback;

/// <summary>An older version's feedback.jsonl on the host's disk is carried into the state store once, and kept.</summary>
public sealed class LegacyFeedbackImportTests : IDisposable
{
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("tutorbot-legacy-feedback-").FullName;

    [Fact]
    public async Task AnOlderFeedbackFileIsImportedOnceAndRenamedAndItsBadLinesAreKept()
    {
        var today = DateTimeOffset.UtcNow;
        string[] lines =
        [
            $$"""{"time":"{{today.AddHours(-1):O}}","channel":"webchat","reaction":"dislike","question":"为什么要除以根号d?","entries":["q13"],"mode":"extractive","comment":null}""",
            "{broken",
            $$"""{"time":"{{today.AddHours(-2):O}}","channel":"msteams","reaction":"like","question":"","entries":[],"mode":"","comment":"too short"}""",
        ];
        Directory.CreateDirectory(Path.Combine(_dataRoot, "bot"));
        await File.WriteAllLinesAsync(Path.Combine(_dataRoot, "bot", LegacyFeedbackImport.FileName), lines);

        IReadOnlyList<FeedbackRecord> imported;
        await using (var first = new RestartableBotHost(_dataRoot))
        {
            _ = first.CreateClient();
            await first.Services.GetRequiredService<LegacyFeedbackImport>().Completed;
            imported = await first.VotesAsync();
        }

        // A copy of the same file put back (say, restored from a backup) adds nothing on the next start.
        var renamed = Assert.Single(Directory.GetFiles(Path.Combine(_dataRoot, "bot"), "feedback.imported-*.jsonl"));
        Assert.Equal(lines, await File.ReadAllLinesAsync(renamed));
        File.Copy(renamed, Path.Combine(_dataRoot, "bot", LegacyFeedbackImport.FileName));
        await using var second = new RestartableBotHost(_dataRoot);
        _ = second.CreateClient();
        await second.Services.GetRequiredService<LegacyFeedbackImport>().Completed;

        Assert.Equal(["too short", null], imported.Select(v => v.Comment));
        Assert.Equal(["msteams", "webchat"], imported.Select(v => v.Channel));
        Assert.Equal("为什么要除以根号d?", imported[1].Question);
        Assert.Equal(imported.Select(v => v.Id), (await second.VotesAsync()).Select(v => v.Id));
        Assert.False(File.Exists(Path.Combine(_dataRoot, "bot", LegacyFeedbackImport.FileName)));
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
