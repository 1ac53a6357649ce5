using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.Export;

/// <summary>
/// The Anki export outside Teams: the reply carries a <c>text/plain</c> attachment whose <c>contentUrl</c> is the
/// host's <c>/exports/{token}</c> route, downloaded here over HTTP as Web Chat's link would.
/// </summary>
public sealed class DownloadExportTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task WebChatReplyLinksAFileThatDownloadsExactlyTheTopicExport()
    {
        var client = await host.CreateReadyClientAsync();
        var directLine = new DirectLineClient(client);
        await directLine.StartAsync();
        await directLine.ReadAsync();

        await directLine.PostMessageAsync("export attention to Anki");

        var reply = (await directLine.ReadAsync()).Single(a => (string?)a["from"]?["role"] == "bot" && a["attachments"] is JArray { Count: > 0 });
        var attachment = reply["attachments"]![0]!;
        var expected = ExportExpectations.TopicFile(host, "attention");
        Assert.Equal("text/plain", (string?)attachment["contentType"]);
        Assert.Equal("tutorbot-anki-attention-en.txt", (string?)attachment["name"]);
        Assert.Null(attachment["content"]);
        Assert.Matches(@"^http://localhost/exports/[A-Za-z0-9_-]{43}$", (string?)attachment["contentUrl"]);
        Assert.Contains($"All {expected.NoteCount} questions on Attention and its variants", (string?)reply["text"]);
        Assert.Contains("File → Import", (string?)reply["text"]);

        using var download = await client.GetAsync((string)attachment["contentUrl"]!);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", download.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("tutorbot-anki-attention-en.txt", download.Content.Headers.ContentDisposition.FileName);
        Assert.True(download.Headers.CacheControl!.NoStore);
        Assert.Equal(expected.Content, await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AfterAnInterviewTheStudyListLinkDownloadsTheSkippedQuestions()
    {
        var client = await host.CreateReadyClientAsync();
        var chat = new InterviewChat(client, "conv-export-study", "student-study");
        await chat.SayAsync("mock interview on decoding, 2 questions");
        await chat.SayAsync("skip");
        await chat.SayAsync("skip");
        var (_, schedule) = await host.Services.GetRequiredService<InterviewStore>()
            .LoadAsync(new ChatKey("test", "conv-export-study", "student-study"), CancellationToken.None);
        Assert.Equal(2, schedule.Items.Count);

        var replies = await chat.SayAsync("export to Anki");

        var attachment = Assert.Single(replies.SelectMany(r => r.Attachments ?? []));
        Assert.Equal("tutorbot-anki-en.txt", attachment.Name);
        Assert.Contains("Your 2 weakest questions", replies.Single(r => r.Attachments?.Count > 0).Text);
        var content = await client.GetStringAsync(attachment.ContentUrl);
        Assert.Equal(schedule.Items.Select(i => "tutorbot-" + i.EntryId).Order(), ExportExpectations.Guids(content).Order());
    }

    [Fact]
    public async Task ALearnerWithNothingToStudyIsToldSoWithoutAFile()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await new InterviewChat(client, "conv-export-empty", "student-new").SayAsync("导出到 Anki");

        var reply = Assert.Single(replies.Messages());
        Assert.Empty(reply.Attachments ?? []);
        Assert.Contains("你还没有需要复习的题", reply.Text);
        Assert.Contains("导出 注意力 到 Anki", reply.Text);
    }

    [Fact]
    public async Task EachLinkServesOnlyItsOwnLearnersFileAndUnknownTokensAre404()
    {
        var client = await host.CreateReadyClientAsync();
        var ada = await ExportLinkAsync(client, "ada", "export attention to Anki");
        var bob = await ExportLinkAsync(client, "bob", "export decoding to Anki");
        var adaAgain = await ExportLinkAsync(client, "ada", "export attention to Anki");

        Assert.NotEqual(ada, adaAgain);
        Assert.Equal(ExportExpectations.TopicFile(host, "attention").Content, await client.GetStringAsync(ada));
        Assert.Equal(ExportExpectations.TopicFile(host, "decoding").Content, await client.GetStringAsync(bob));
        var adaToken = ada.Segments[^1];
        var guessed = adaToken[..^1] + (adaToken[^1] == 'A' ? 'B' : 'A');
        foreach (var path in new[] { $"/exports/{guessed}", "/exports/short", "/exports/" + new string('A', 43), "/exports/..%2Fstate.db" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("export <img src=x onerror=alert(1)> to Anki")]
    [InlineData("export [click me](javascript:alert(1)) to Anki")]
    [InlineData("export **guitar** `code` to Anki")]
    [InlineData("export <b>softmax</b> to Anki")]
    public async Task MarkupInATopicIsNeverEchoed(string request)
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await new InterviewChat(client, "conv-export-markup", "student-markup").SayAsync(request);

        var text = Assert.Single(replies.Messages()).Text;
        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text.Replace("→", ""));
        Assert.DoesNotContain("](", text);
        Assert.DoesNotContain("`", text);
        Assert.DoesNotContain("**guitar", text);
    }

    internal static async Task<Uri> ExportLinkAsync(HttpClient client, string user, string text)
    {
        var replies = await Activities.AskAsync(client, Activities.Message(text, conversationId: "conv-" + user, userId: user));
        return new Uri(Assert.Single(replies.SelectMany(r => r.Attachments ?? [])).ContentUrl);
    }
}
