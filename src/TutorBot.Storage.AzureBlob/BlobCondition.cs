using Azure;
using Azure.Storage.Blobs.Models;

namespace TutorBot.Storage.AzureBlob;

/// <summary>What a blob upload requires of the blob it replaces.</summary>
internal readonly record struct BlobCondition(ETag? IfMatch, bool IfAbsent)
{
    /// <summary>No requirement: replaces whatever is stored, or creates.</summary>
    public static BlobCondition None => default;

    /// <summary>Only when no blob exists (<c>If-None-Match: *</c>).</summary>
    public static BlobCondition Absent => new(null, true);

    /// <summary>Only when the stored blob has exactly this ETag (<c>If-Match</c>).</summary>
    public static BlobCondition Version(string etag) => new(new ETag(etag), false);

    /// <summary>The request conditions of the SDK; null for <see cref="None"/>.</summary>
    public BlobRequestConditions? ToRequestConditions() =>
        IfAbsent ? new BlobRequestConditions { IfNoneMatch = ETag.All }
        : IfMatch is { } etag ? new BlobRequestConditions { IfMatch = etag }
        : null;
}
