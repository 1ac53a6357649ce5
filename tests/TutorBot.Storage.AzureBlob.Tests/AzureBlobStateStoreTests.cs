using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using TutorBot.Core.State;
using TutorBot.Storage.AzureBlob.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests;

/// <summary>What only the Azure Blob backend does; the behaviour every backend shares is in the contract tests.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStateStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _container = AzuriteFixture.NewContainerName();
    private readonly RecordingLogger<AzureBlobStateStore> _log = new();

    [Fact]
    public async Task CreatesTheContainerOnFirstUseAndKeepsOneBlobPerKeyUnderItsEncodedName()
    {
        var store = NewStore();
        Assert.Empty(await store.ReadAsync(["nothing"], None));

        await store.WriteAsync(Items(("a/../b", "1", null), (new string('x', 1024), "2", null)), None);

        var names = new List<string>();
        await foreach (var blob in azurite.Container(_container).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["key-YS8uLi9i", BlobNames.For(new string('x', 1024))], names.Order(StringComparer.Ordinal));
        Assert.StartsWith("sha256-", names[1]);
    }

    [Fact]
    public async Task ReturnsABlobThatIsNotUtf8AsTextAndLogsAWarningNamingIt()
    {
        var store = NewStore();
        await PlantAsync("bad-bytes", [0x7B, 0xFF, 0xFE, 0x7D]);
        await PlantAsync("with-bom", [0xEF, 0xBB, 0xBF, .. "{\"n\":1}"u8.ToArray()]);

        var read = await store.ReadAsync(["bad-bytes", "with-bom"], None);

        Assert.Equal("{\uFFFD\uFFFD}", read["bad-bytes"].Json);
        Assert.Equal("{\"n\":1}", read["with-bom"].Json);
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(BlobNames.For("bad-bytes"), warning.Message);
        Assert.Contains("not UTF-8", warning.Message);
    }

    [Fact]
    public async Task RollsBackABatchWhenAnotherWriterChangesAKeyBetweenTheCheckAndItsWrite()
    {
        var store = NewStore();
        var created = await store.WriteAsync(Items(("a", "1", null), ("b", "1", null), ("c", "1", null)), None);
        store.Batch.AfterCheck = () => NewStore().WriteAsync(Items(("b", "other", StoredItem.AnyETag)), None);

        // Written in this order: a (checked), b (checked; changed meanwhile), c (an overwrite, never reached).
        var result = await store.WriteAsync(Items(("a", "2", created.ETags["a"]), ("b", "2", created.ETags["b"]), ("c", "2", StoredItem.AnyETag)), None);

        Assert.Equal(["b"], result.Conflicts);
        var now = await store.ReadAsync(["a", "b", "c"], None);
        Assert.Equal(("1", "other", "1"), (now["a"].Json, now["b"].Json, now["c"].Json));
        Assert.NotEqual(created.ETags["a"], now["a"].ETag);
    }

    [Fact]
    public async Task RollsBackAKeyTheBatchCreatedByDeletingIt()
    {
        var store = NewStore();
        var b = (await store.WriteAsync(Items(("b", "1", null)), None)).ETags["b"];
        store.Batch.AfterCheck = () => NewStore().WriteAsync(Items(("b", "other", null)), None);

        var result = await store.WriteAsync(Items(("a", "new", "an-etag-from-elsewhere"), ("b", "2", b)), None);

        Assert.Equal(["b"], result.Conflicts);
        Assert.Equal(["b"], (await store.ReadAsync(["a", "b"], None)).Keys);
    }

    [Fact]
    public async Task ReportsAWriteWhoseResponseWasLostAndThatTheSdkRetriedAsWritten()
    {
        var etag = (await NewStore().WriteAsync(Items(("k", "1", null)), None)).ETags["k"];
        var options = new BlobClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var loseOne = new LoseFirstUploadResponse();
        options.AddPolicy(loseOne, HttpPipelinePosition.PerRetry);
        var flaky = new AzureBlobStateStore(azurite.Container(_container, options));

        // The first upload lands but its answer is lost; the SDK's retry then fails If-Match against the new version.
        var result = await flaky.WriteAsync(Items(("k", "2", etag)), None);

        Assert.True(loseOne.Lost);
        Assert.True(result.Succeeded);
        var now = (await NewStore().ReadAsync(["k"], None))["k"];
        Assert.Equal(("2", now.ETag), (now.Json, result.ETags["k"]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => azurite.Container(_container).DeleteIfExistsAsync();

    private AzureBlobStateStore NewStore() => new(azurite.Container(_container), _log);

    private async Task PlantAsync(string key, byte[] content)
    {
        var container = azurite.Container(_container);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(BlobNames.For(key)).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
    }

    private static Dictionary<string, StoredItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoredItem(i.Json, i.ETag), StringComparer.Ordinal);

    /// <summary>Lets the first conditional blob upload reach the server, then fails it as a dropped connection would.</summary>
    private sealed class LoseFirstUploadResponse : HttpPipelinePolicy
    {
        public bool Lost { get; private set; }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (!Lost && message.Request.Method == RequestMethod.Put && message.Request.Headers.Contains("If-Match"))
            {
                Lost = true;
                throw new IOException("The connection was reset before the response arrived (simulated).");
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The store is asynchronous.");
    }
}
