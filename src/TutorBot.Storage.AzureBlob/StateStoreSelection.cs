using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.State;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// Chooses the backend of Core's <see cref="IStateStore"/> by <c>Storage:Provider</c>: a composition root (the bot
/// host, the command line) calls <c>services.AddStateStore(configuration)</c> where it called
/// <c>services.AddStorage()</c>. Lives here because it needs both backends; the SQLite project knows nothing of Azure.
/// </summary>
public static class StateStoreSelection
{
    /// <summary>
    /// Adds <see cref="IStateStore"/>: SQLite (<see cref="StorageServiceCollectionExtensions.AddStorage"/>) when
    /// <c>Storage:Provider</c> is <c>Sqlite</c> or unset, Azure Blob Storage
    /// (<see cref="AzureBlobServiceCollectionExtensions.AddAzureBlobStateStore"/>) when it is <c>AzureBlob</c>
    /// (case-insensitive). Any other value throws <see cref="InvalidOperationException"/> naming the setting.
    /// </summary>
    public static IServiceCollection AddStateStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        if (provider == StorageProvider.Sqlite)
        {
            return services.AddStorage();
        }

        // Storage:Provider and the rest of the Storage section are still bound and validated like everywhere else.
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddAzureBlobStateStore();
    }

    /// <summary>The configured provider; <see cref="StorageProvider.Sqlite"/> when <c>Storage:Provider</c> is unset or empty.</summary>
    public static StorageProvider Provider(IConfiguration configuration)
    {
        var key = $"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        if (Enum.TryParse<StorageProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider))
        {
            return provider;
        }

        throw new InvalidOperationException($"{key} is '{value}'; use one of: {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
    }
}
