using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Export;

/// <summary>
/// The Teams file flow of the Anki export through <c>/api/messages</c>: a file consent card in a personal chat, the
/// user's <c>fileConsent/invoke</c>, the PUT to the OneDrive upload URL (a local stub) and the file info card (to the
/// connector stub).
/// </summary>
public sealed class TeamsExportTests(BotHostFactory host) : IClassFixture<BotHostFactory>, IAsyncLifetime
{
    private ConnectorStub _connector = null!;
    private OneDriveStub _oneDrive = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStub.StartAsync();
        _oneDrive = await OneDriveStub.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _oneDrive.DisposeAsync();
    }

    [Fact]
    public async Task AcceptingTheConsentCardUploadsTheFileWithContentRangeAndSendsAFileInfoCard()
    {
        var client = await host.CreateReadyClientAsync();
        var consent = await AskForExportAsync(client, "export attention to Anki", "a:export-accept");
        var card = consent["attachments"]![0]!;
        var expected = ExportExpectations.TopicFile(host, "attention");

        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", (string?)card["contentType"]);
        Assert.Equal("tutorbot-anki-attention-en.txt", (string?)card["name"]);
        Assert.Equal(Encoding.UTF8.GetByteCount(expected.Content), (long)card["content"]!["sizeInBytes"]!);
        Assert.Contains($"{expected.NoteCount} cards", (string?)card["content"]!["description"]);
        Assert.Contains("OneDrive", (string?)consent["text"]);

        using var response = await Activities.PostAsync(client, FileConsentActivities.Accept(
            card["content"]!["acceptContext"]!, $"{_oneDrive.BaseUrl}/upload/session-1", _connector.ServiceUrl, "a:export-accept", "tutorbot-anki-attention-en.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(_oneDrive.Uploads);
        var size = Encoding.UTF8.GetByteCount(expected.Content);
        Assert.Equal("session-1", upload.Path);
        Assert.Equal($"bytes 0-{size - 1}/{size}", upload.ContentRange);
        Assert.Equal(size, upload.ContentLength);
        Assert.Equal(expected.Content, Encoding.UTF8.GetString(upload.Body));

        var info = await _connector.WaitForAsync(a => a["attachments"]?.Any(x => (string?)x["contentType"] == "application/vnd.microsoft.teams.card.file.info") == true);
        var file = info["attachments"]![0]!;
        Assert.Equal("https://contoso.sharepoint.com/personal/student/Documents/Applications/TutorBot/tutorbot-anki-attention-en.txt", (string?)file["contentUrl"]);
        Assert.Equal("tutorbot-anki-attention-en.txt", (string?)file["name"]);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", (string?)file["content"]!["uniqueId"]);
        Assert.Equal("txt", (string?)file["content"]!["fileType"]);
        Assert.Contains("File → Import", (string?)info["text"]);
    }

    [Fact]
    public async Task AcceptingTheSameCardTwiceUploadsOnce()
    {
        var client = await host.CreateReadyClientAsync();
        var card = (await AskForExportAsync(client, "导出 注意力 到 Anki", "a:export-twice"))["attachments"]![0]!;
        var accept = card["content"]!["acceptContext"]!;

        await Activities.PostAsync(client, FileConsentActivities.Accept(accept, $"{_oneDrive.BaseUrl}/upload/one", _connector.ServiceUrl, "a:export-twice", "a.txt"));
        using var again = await Activities.PostAsync(client, FileConsentActivities.Accept(accept, $"{_oneDrive.BaseUrl}/upload/two", _connector.ServiceUrl, "a:export-twice", "a.txt"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(["one"], _oneDrive.Uploads.Select(u => u.Path));
        Assert.Equal("zh", (string?)accept["lang"]);
        await _connector.WaitForAsync(a => ((string?)a["text"])?.Contains("已经过期") == true);
    }

    [Fact]
    public async Task DecliningDropsThePreparedFileSoALaterAcceptUploadsNothing()
    {
        var client = await host.CreateReadyClientAsync();
        var card = (await AskForExportAsync(client, "export decoding to Anki", "a:export-decline"))["attachments"]![0]!;

        using var declined = await Activities.PostAsync(client, FileConsentActivities.Decline(card["content"]!["declineContext"]!, _connector.ServiceUrl, "a:export-decline"));
        await Activities.PostAsync(client, FileConsentActivities.Accept(card["content"]!["acceptContext"]!, $"{_oneDrive.BaseUrl}/upload/late", _connector.ServiceUrl, "a:export-decline", "d.txt"));

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await _connector.WaitForAsync(a => ((string?)a["text"])?.Contains("I won't upload the file") == true);
        await _connector.WaitForAsync(a => ((string?)a["text"])?.Contains("That file has expired") == true);
        Assert.Empty(_oneDrive.Uploads);
    }

    [Fact]
    public async Task AnotherUsersAcceptOfTheCardUploadsNothing()
    {
        var client = await host.CreateReadyClientAsync();
        var card = (await AskForExportAsync(client, "export moe to Anki", "a:export-foreign"))["attachments"]![0]!;
        var stolen = FileConsentActivities.Accept(card["content"]!["acceptContext"]!, $"{_oneDrive.BaseUrl}/upload/stolen", _connector.ServiceUrl, "a:export-foreign", "m.txt");
        stolen.From = new ChannelAccount("29:user-2", "Someone else", RoleTypes.User);

        using var response = await Activities.PostAsync(client, stolen);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(a => ((string?)a["text"])?.Contains("That file has expired") == true);
        Assert.Empty(_oneDrive.Uploads);
    }

    [Fact]
    public async Task AFailedUploadIsToldAndTheFileInfoCardIsNotSent()
    {
        var client = await host.CreateReadyClientAsync();
        var card = (await AskForExportAsync(client, "export tokenization to Anki", "a:export-fail"))["attachments"]![0]!;
        _oneDrive.Status = 500;

        using var response = await Activities.PostAsync(client, FileConsentActivities.Accept(
            card["content"]!["acceptContext"]!, $"{_oneDrive.BaseUrl}/upload/broken", _connector.ServiceUrl, "a:export-fail", "t.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(a => ((string?)a["text"])?.Contains("could not save the file") == true);
        Assert.DoesNotContain(_connector.Received, a => a.ToString().Contains("card.file.info"));
    }

    [Fact]
    public async Task AGroupChatIsAskedToMoveToAPersonalChat()
    {
        var client = await host.CreateReadyClientAsync();

        await Activities.PostAsync(client, TeamsActivities.Message("export to Anki", _connector.ServiceUrl, conversationType: "groupChat", conversationId: "19:group@thread.v2"));

        var reply = await _connector.WaitForAsync(a => (string?)a["type"] == "message");
        Assert.Contains("one-to-one chat", (string?)reply["text"]);
        Assert.True(reply["attachments"] is null || !reply["attachments"]!.Any());
    }

    private async Task<JObject> AskForExportAsync(HttpClient client, string text, string conversationId)
    {
        using var response = await Activities.PostAsync(client, TeamsActivities.Message(text, _connector.ServiceUrl, conversationId: conversationId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await _connector.WaitForAsync(a => a["attachments"]?.Any(x => (string?)x["contentType"] == "application/vnd.microsoft.teams.card.file.consent") == true);
    }
}
