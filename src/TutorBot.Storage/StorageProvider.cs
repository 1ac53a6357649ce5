namespace TutorBot.Storage;

/// <summary>Which backend holds Core's <c>IStateStore</c> documents (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file under <c>Storage:DataFolder</c>: one host, or several processes on one machine.</summary>
    Sqlite,

    /// <summary>One blob per key in an Azure Storage container (<c>Storage:AzureBlob</c>): several hosts sharing state.</summary>
    AzureBlob,
}
