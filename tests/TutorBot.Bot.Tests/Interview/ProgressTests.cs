using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

/// <summary>"my progress" replies with the learner's own chart, in their language, after their interviews.</summary>
public sealed class ProgressTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("tutorbot-progress-").FullName;

    [Fact]
    public async Task ShowsAChartOfTheLearnersOwnProgressInTheirLanguage()
    {
        await using var host = new RestartableBotHost(_dataRoot);
        var client = await host.CreateReadyClientAsync();
        var chat = new InterviewChat(client, "conv-progress", userId: "learner-a");
        await chat.SayAsync("mock interview, 2 questions");
        await chat.AnswerWellAsync();
        var summary = InterviewChat.SummaryCard((await chat.AnswerWellAsync()).Replies)!;

        var english = (await chat.SayAsync("my progress")).Messages().Single();
        var chinese = (await chat.SayAsync("我的进度")).Messages().Single();
        var stranger = (await new InterviewChat(client, "conv-progress", userId: "learner-b").SayAsync("my progress")).Messages().Single();

        Assert.Contains(summary["actions"]!, a => (string?)a["title"] == "📈 My progress");
        Assert.Contains("2 of", english.Text);
        Assert.Contains("已问 2/", chinese.Text);
        Assert.Contains("0 of", stranger.Text);
        var image = Assert.Single(english.Attachments!, a => a.ContentType == "image/png");
        Assert.StartsWith("data:image/png;base64,", image.ContentUrl);
        var png = Convert.FromBase64String(image.ContentUrl["data:image/png;base64,".Length..]);
        Assert.Equal(PngSignature, png[..8]);
        Assert.True(png.Length < 1_000_000, "Teams takes pictures up to 1 MB");
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
