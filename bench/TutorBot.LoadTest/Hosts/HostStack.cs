using TutorBot.Tests.Shared;

namespace TutorBot.LoadTest.Hosts;

/// <summary>
/// The bot host(s) under load: one over SQLite (the default store), or several identical hosts sharing Azure Blob
/// Storage (Azurite), each with its own index built from the same knowledge, as docs/deploy.md describes.
/// </summary>
internal sealed class HostStack : IAsyncDisposable
{
    private readonly AzuriteServer? _azurite;

    private HostStack(IReadOnlyList<HostProcess> bots, AzuriteServer? azurite)
    {
        Bots = bots;
        _azurite = azurite;
    }

    public IReadOnlyList<HostProcess> Bots { get; }

    public string Store => _azurite is null ? "SQLite" : "Azure Blob Storage (Azurite)";

    public static async Task<HostStack> StartAsync(Workspace workspace, int hosts, CancellationToken cancellationToken)
    {
        if (hosts == 1)
        {
            return new HostStack([await HostLaunch.BotAsync(workspace, null, cancellationToken)], null);
        }

        var azurite = await AzuriteServer.StartAsync(cancellationToken);
        var bots = new List<HostProcess>();
        try
        {
            for (var i = 0; i < hosts; i++)
            {
                var settings = new Dictionary<string, string>
                {
                    ["Storage__Provider"] = "AzureBlob",
                    ["Storage__AzureBlob__ConnectionString"] = azurite.ConnectionString,
                    // Each host its own index folder, as on separate machines.
                    ["Retrieval__IndexPath"] = $"data/index-host{i + 1}",
                };
                bots.Add(await HostLaunch.BotAsync(workspace, settings, cancellationToken));
            }
        }
        catch
        {
            bots.ForEach(b => b.Dispose());
            azurite.Dispose();
            throw;
        }

        return new HostStack(bots, azurite);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }

        _azurite?.Dispose();
        return ValueTask.CompletedTask;
    }
}
