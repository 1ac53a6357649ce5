using TutorBot.Core.State;
using TutorBot.Storage.AzureBlob.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests.Contract;

/// <summary>Feedback kept by two hosts on one Azurite container, each with its own client and store, as the host makes them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobFeedbackTests(AzuriteFixture azurite) : FeedbackAcrossHostsContract, IAsyncLifetime
{
    private readonly AzureBlobStorageOptions _options = new() { ConnectionString = azurite.ConnectionString, Container = AzuriteFixture.NewContainerName() };

    protected override IStateStore OpenAnotherStore() =>
        new AzureBlobStateStore(AzureBlobServiceCollectionExtensions.ContainerClient(_options));

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => azurite.Container(_options.Container).DeleteIfExistsAsync();
}
