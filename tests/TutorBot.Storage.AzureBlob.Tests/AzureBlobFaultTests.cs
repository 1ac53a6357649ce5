using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Azure.Storage.Blobs;
using TutorBot.Core.Interview;
using TutorBot.Core.State;
using TutorBot.Storage.AzureBlob.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests;

/// <summary>
/// Faults on the Azure Blob backend: a service that cannot be reached is Core's <see cref="StateStoreUnavailableException"/>
/// naming the container (so the bot answers questions and tells interviewers politely); a damaged blob is set aside
/// by Core's <see cref="DamagedRecords"/> through this backend's two-key write, its text kept and other blobs untouched.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobFaultTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _container = AzuriteFixture.NewContainerName();

    [Fact]
    public async Task AServiceThatCannotBeReachedIsReportedAsUnavailableNamingTheContainer()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        var closed = new BlobContainerClient(new Uri($"http://127.0.0.1:{ClosedPort()}/devstoreaccount1/unreachable"), options);
        var store = new AzureBlobStateStore(closed);

        var read = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ReadAsync(["k"], None));
        var write = await Assert.ThrowsAsync<StateStoreUnavailableException>(() =>
            store.WriteAsync(new Dictionary<string, StoredItem> { ["k"] = new("{}") }, None));

        Assert.Equal((StateStoreFault.Unavailable, StateOperation.Read), (read.Fault, read.Operation));
        Assert.Equal(StateOperation.Write, write.Operation);
        Assert.Contains("Azure Blob state container unreachable", read.Message);
    }

    [Fact]
    public async Task ADamagedBlobIsSetAsideWithItsTextAndOtherBlobsAreUntouched()
    {
        var store = new AzureBlobStateStore(azurite.Container(_container));
        const string Damaged = "{\"id\": \"x\", \"questionIds\": [\"q13\"";
        var written = await store.WriteAsync(new Dictionary<string, StoredItem>
        {
            ["interview/webchat/c1/alice"] = new(Damaged),
            ["interview/webchat/c2/bob"] = new("""{"id": "b", "userId": "bob", "questionIds": ["q13"]}"""),
        }, None);
        var read = await store.ReadAsync(["interview/webchat/c1/alice"], None);
        var (_, error) = DamagedRecords.Parse<InterviewState>(read["interview/webchat/c1/alice"]);

        var aside = await DamagedRecords.SetAsideAsync(store, "interview/webchat/c1/alice", read["interview/webchat/c1/alice"], error!, TimeProvider.System, None);

        Assert.NotNull(error);
        Assert.StartsWith("damaged/interview/webchat/c1/alice/", aside);
        var now = await store.ReadAsync([aside!, "interview/webchat/c1/alice", "interview/webchat/c2/bob"], None);
        var kept = JsonSerializer.Deserialize<DamagedRecord>(now[aside!].Json, StateJson.Options)!;
        Assert.Equal(("interview/webchat/c1/alice", Damaged), (kept.Key, kept.Json));
        Assert.Equal(DamagedRecords.Emptied, now["interview/webchat/c1/alice"].Json);
        Assert.Equal(written.ETags["interview/webchat/c2/bob"], now["interview/webchat/c2/bob"].ETag);
        // A second attempt with the damaged version's ETag finds it already replaced and writes nothing.
        Assert.Null(await DamagedRecords.SetAsideAsync(store, "interview/webchat/c1/alice", read["interview/webchat/c1/alice"], error!, TimeProvider.System, None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => azurite.Container(_container).DeleteIfExistsAsync();

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
