namespace TutorBot.Storage.AzureBlob;

/// <summary>A blob as read: its bytes and its ETag (the service's, quotes included, as it is compared on write).</summary>
internal sealed record StoredBlob(BinaryData Content, string ETag);
