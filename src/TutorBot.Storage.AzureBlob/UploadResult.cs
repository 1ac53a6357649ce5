namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// The outcome of a conditional upload: the new <see cref="ETag"/> when written; otherwise null, with
/// <see cref="BlobExists"/> telling whether a blob was there when the unmet condition was looked into.
/// </summary>
internal readonly record struct UploadResult(string? ETag, bool BlobExists)
{
    public static UploadResult Written(string etag) => new(etag, true);

    public static UploadResult NotWritten(bool blobExists) => new(null, blobExists);
}
