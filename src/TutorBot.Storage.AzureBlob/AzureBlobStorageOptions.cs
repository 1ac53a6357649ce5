using System.ComponentModel.DataAnnotations;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// The Azure Blob Storage backend of the state store, section <c>Storage:AzureBlob</c> (environment variables
/// <c>Storage__AzureBlob__ConnectionString</c>, <c>Storage__AzureBlob__Container</c>).
/// </summary>
public sealed class AzureBlobStorageOptions
{
    public const string SectionName = "Storage:AzureBlob";

    /// <summary>
    /// The storage account's connection string. A secret: set it as an environment variable, an App Service app
    /// setting or Key Vault reference, or user-secrets; never in appsettings.json.
    /// </summary>
    [Required(ErrorMessage = "Storage:AzureBlob:ConnectionString is required when Storage:Provider is AzureBlob (set it as the environment variable Storage__AzureBlob__ConnectionString).")]
    public string ConnectionString { get; set; } = "";

    /// <summary>The container holding one blob per key; created on first use. 3 to 63 lower-case letters, digits and single hyphens.</summary>
    [Required]
    [RegularExpression("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Storage:AzureBlob:Container must be 3 to 63 lower-case letters, digits and single hyphens.")]
    public string Container { get; set; } = "tutorbot-state";

    /// <summary>Longest wait, in seconds, for one HTTP attempt before it counts as failed and is retried.</summary>
    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 20;

    /// <summary>Retries of a failed attempt (timeouts, 5xx, throttling), by the SDK, with exponential back-off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Back-off before the first retry, in seconds; doubled per retry, at most 10 s.</summary>
    [Range(0.05, 10)]
    public double RetryDelaySeconds { get; set; } = 0.5;
}
