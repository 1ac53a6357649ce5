using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.State;

namespace TutorBot.Storage.AzureBlob;

/// <summary>Registers the Azure Blob Storage state store.</summary>
public static class AzureBlobServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IStateStore"/> as one <see cref="AzureBlobStateStore"/>, with <see cref="AzureBlobStorageOptions"/>
    /// (section <c>Storage:AzureBlob</c>) validated at start-up: a missing or malformed connection string stops the
    /// host with a message naming the setting. To honour <c>Storage:Provider</c> instead of forcing this backend,
    /// call <see cref="StateStoreSelection.AddStateStore"/>.
    /// </summary>
    public static IServiceCollection AddAzureBlobStateStore(this IServiceCollection services)
    {
        services.AddOptions<AzureBlobStorageOptions>()
            .BindConfiguration(AzureBlobStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.ConnectionString) || IsConnectionString(o.ConnectionString),
                "Storage:AzureBlob:ConnectionString is not an Azure Storage connection string (AccountName=...;AccountKey=...;...).")
            .ValidateOnStart();
        services.AddSingleton(sp => new AzureBlobStateStore(
            ContainerClient(sp.GetRequiredService<IOptions<AzureBlobStorageOptions>>().Value),
            sp.GetRequiredService<ILogger<AzureBlobStateStore>>()));
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<AzureBlobStateStore>());
        return services;
    }

    /// <summary>The container client of <paramref name="options"/>, with the SDK's exponential retries and per-attempt timeout.</summary>
    internal static BlobContainerClient ContainerClient(AzureBlobStorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(10);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(options.NetworkTimeoutSeconds);
        return new BlobContainerClient(options.ConnectionString, options.Container, clientOptions);
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new BlobServiceClient(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
