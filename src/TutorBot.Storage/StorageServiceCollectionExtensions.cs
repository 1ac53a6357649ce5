using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Storage;

/// <summary>Registers the durable state store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IStateStore"/> and its <see cref="IStateExpiry"/>: a SQLite database in <c>Storage:DataFolder</c> (default <c>data/</c>,
    /// relative to the content root), created on first use. A host started with <c>Storage:Provider</c> set to
    /// anything but <c>Sqlite</c> stops at start-up: the switch between backends is <c>StateStoreSelection.AddStateStore</c>.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            // Fails loudly rather than keep state in a local file while the operator believes it is shared.
            .Validate(o => o.Provider == StorageProvider.Sqlite,
                "Storage:Provider is AzureBlob, but this host registers the SQLite store (AddStorage); register the state store with " +
                "StateStoreSelection.AddStateStore(configuration) from TutorBot.Storage.AzureBlob.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var folder = Path.GetFullPath(options.DataFolder, root);
            return new SqliteStateStore(Path.Combine(folder, options.FileName), options.BusyTimeoutSeconds);
        });
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<SqliteStateStore>());
        services.AddSingleton<IStateExpiry>(sp => sp.GetRequiredService<SqliteStateStore>());
        return services;
    }
}
