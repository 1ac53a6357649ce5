using System.Net;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Feedback;
using TutorBot.Storage.AzureBlob;
using TutorBot.Tests.Shared;

namespace TutorBot.Bot.Tests.Feedback;

/// <summary>
/// Two real bot hosts on one shared state, as behind Azure Bot Service: host A answers a Teams question, Teams' vote
/// on that answer arrives at host B, and B records it with A's question and entries. On one SQLite file and on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedbackAcrossHostsTests(AzuriteFixture azurite) : IAsyncLifetime, IDisposable
{
    private const string Question = "What is the difference between LayerNorm and BatchNorm?";
    private readonly string _state = Directory.CreateTempSubdirectory("tutorbot-feedback-hosts-").FullName;
    private readonly string _container = AzuriteFixture.NewContainerName();
    private ConnectorStub _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStub.StartAsync();

    [Fact]
    public async Task ATeamsVoteAtHostBOnAnAnswerOfHostAIsRecordedWithItsQuestionAndEntriesOnSqlite()
    {
        var shared = new Dictionary<string, string?> { ["Storage:DataFolder"] = _state };

        var vote = await VoteAcrossHostsAsync(shared);

        Assert.Equal(Question, vote.Question);
        Assert.Equal("q03", vote.Entries[0]);
    }

    [Fact]
    public async Task ATeamsVoteAtHostBOnAnAnswerOfHostAIsRecordedWithItsQuestionAndEntriesOnAzureBlob()
    {
        var shared = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureBlob:Container"] = _container,
        };

        var vote = await VoteAcrossHostsAsync(shared);

        Assert.Equal(Question, vote.Question);
        Assert.Equal("q03", vote.Entries[0]);
        // The vote is in the container, as any other host or the command line reads it.
        var container = new AzureBlobStateStore(azurite.Container(_container));
        Assert.Contains(FeedbackStore.RecordKey(vote), (await container.ReadAsync([FeedbackStore.RecordKey(vote)], CancellationToken.None)).Keys);
    }

    private async Task<FeedbackRecord> VoteAcrossHostsAsync(Dictionary<string, string?> shared)
    {
        using var hostA = new SharedStateBotHost(shared);
        using var hostB = new SharedStateBotHost(shared);
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var clientA = await hostA.CreateReadyClientAsync();
        var clientB = await hostB.CreateReadyClientAsync();

        await Activities.PostAsync(clientA, TeamsActivities.Message(Question, _connector.ServiceUrl, conversationId: conversation));
        var answer = await _connector.WaitForAsync(a => (string?)a["type"] == "message" && (string?)a["conversation"]?["id"] == conversation);
        using var response = await Activities.PostAsync(clientB, TeamsActivities.Feedback("dislike", (string)answer["__stubId"]!, _connector.ServiceUrl, conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var vote = Assert.Single(await hostA.VotesAsync(), v => v.Comment == "too short" && v.Channel == "msteams");
        Assert.Equal(FeedbackRecord.Dislike, vote.Reaction);
        Assert.Equal("extractive", vote.Mode);
        Assert.False(File.Exists(hostA.LegacyFeedbackFile) || File.Exists(hostB.LegacyFeedbackFile));
        return vote;
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await azurite.Container(_container).DeleteIfExistsAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
