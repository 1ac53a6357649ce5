using TutorBot.Core.State;
using TutorBot.Storage.AzureBlob.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests.Contract;

/// <summary>
/// The <see cref="IStateStore"/> contract on Azurite: a fresh container per test, made through the same options and
/// retry settings as the host (<see cref="AzureBlobServiceCollectionExtensions"/>); another instance is another host
/// with its own client on that container.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStateStoreContractTests : StateStoreContract, IAsyncLifetime
{
    private readonly AzuriteFixture _azurite;
    private readonly AzureBlobStorageOptions _options;

    public AzureBlobStateStoreContractTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _options = new AzureBlobStorageOptions { ConnectionString = azurite.ConnectionString, Container = AzuriteFixture.NewContainerName() };
        Store = OpenAnotherStore();
    }

    protected override IStateStore Store { get; }

    protected override IStateStore OpenAnotherStore() =>
        new AzureBlobStateStore(AzureBlobServiceCollectionExtensions.ContainerClient(_options));

    protected override async Task PlantRawAsync(string key, byte[] content)
    {
        var container = _azurite.Container(_options.Container);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(BlobNames.For(key)).UploadAsync(BinaryData.FromBytes(content), overwrite: true);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _azurite.Container(_options.Container).DeleteIfExistsAsync();
}
