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
    /// Adds <see cref="IStateStore"/>: a SQLite database in <c>Storage:DataFolder</c> (default <c>data/</c>,
    /// relative to the content root), created on first use.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var folder = Path.GetFullPath(options.DataFolder, root);
            return new SqliteStateStore(Path.Combine(folder, options.FileName), options.BusyTimeoutSeconds);
        });
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<SqliteStateStore>());
        return services;
    }
}
