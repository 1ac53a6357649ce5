using System.ComponentModel.DataAnnotations;

namespace TutorBot.Storage;

/// <summary>Where durable state lives, section <c>Storage</c>: which backend, and the SQLite backend's file.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The backend: <see cref="StorageProvider.Sqlite"/> (default; the settings below) or
    /// <see cref="StorageProvider.AzureBlob"/> (section <c>Storage:AzureBlob</c>, in TutorBot.Storage.AzureBlob).
    /// </summary>
    [EnumDataType(typeof(StorageProvider))]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the state database; relative paths resolve against the content root. Created when missing.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>File name of the SQLite database inside <see cref="DataFolder"/>.</summary>
    [Required]
    [RegularExpression(@"^[^/\\]+$", ErrorMessage = "Storage:FileName must be a file name, not a path.")]
    public string FileName { get; set; } = "state.db";

    /// <summary>
    /// Days after its last write that a conversation's documents (history, interviews, remembered answers) are deleted;
    /// 0 keeps them forever. A learner's schedule, sessions, reminder and feedback votes are kept. The SQLite store is
    /// swept by the bot host; on Azure Blob Storage a lifecycle management rule does it (docs/deploy.md).
    /// </summary>
    [Range(0, 36500)]
    public int ConversationRetentionDays { get; set; } = 90;

    /// <summary>Longest wait, in seconds, for another process holding the database's write lock.</summary>
    [Range(1, 300)]
    public int BusyTimeoutSeconds { get; set; } = 10;
}
