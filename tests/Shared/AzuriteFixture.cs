using Azure.Storage.Blobs;

namespace TutorBot.Tests.Shared;

/// <summary>
/// One Azurite blob server (<see cref="AzuriteServer"/>) for the tests of a test collection, stopped with its folder
/// on dispose. Shared as source by the test projects that need one (each declares its own collection for xunit). When
/// Azurite cannot be found, installed or started, the fixture throws naming the reason, so the tests fail rather
/// than skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    /// <summary>The connection string of the running server.</summary>
    public string ConnectionString => _server?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    /// <summary>A container name no other test uses (the store creates it on first use).</summary>
    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N");

    /// <summary>A client of <paramref name="container"/> on this server, with the SDK's default pipeline.</summary>
    public BlobContainerClient Container(string container, BlobClientOptions? options = null) =>
        new(ConnectionString, container, options ?? new BlobClientOptions());

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
