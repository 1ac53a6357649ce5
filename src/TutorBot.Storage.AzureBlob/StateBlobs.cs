using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// The blob operations of <see cref="AzureBlobStateStore"/> on one container: the container created once on first
/// use, conditional uploads whose unmet condition (412, or 409 BlobAlreadyExists) is a null result rather than an
/// exception, downloads where a missing blob is null, and deletes that ignore missing blobs. Every upload carries a
/// fresh write id in its metadata, so an upload the SDK retried after a lost response (the retry then fails its
/// own condition) is still recognised as written rather than reported as a conflict.
/// </summary>
internal sealed class StateBlobs(BlobContainerClient container, ILogger logger)
{
    private const string WriteIdMetadata = "tutorbotwrite";
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _containerReady;

    public string ContainerName => container.Name;

    /// <summary>The stored blob of <paramref name="key"/>, or null when there is none.</summary>
    public async Task<StoredBlob?> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            var result = (await Blob(key).DownloadContentAsync(cancellationToken)).Value;
            return new StoredBlob(result.Content, result.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Uploads <paramref name="content"/> when <paramref name="condition"/> holds: the new ETag, or why not.</summary>
    public async Task<UploadResult> UploadAsync(string key, BinaryData content, BlobCondition condition, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        var writeId = Guid.NewGuid().ToString("N");
        var options = new BlobUploadOptions
        {
            Conditions = condition.ToRequestConditions(),
            HttpHeaders = JsonHeaders,
            Metadata = new Dictionary<string, string> { [WriteIdMetadata] = writeId },
        };
        try
        {
            var info = (await Blob(key).UploadAsync(content, options, cancellationToken)).Value;
            return UploadResult.Written(info.ETag.ToString());
        }
        catch (RequestFailedException e) when (IsUnmetCondition(e))
        {
            return await ResultOfUnmetAsync(key, writeId, cancellationToken);
        }
    }

    /// <summary>Deletes the blob of <paramref name="key"/>; a missing blob is not an error.</summary>
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        await Blob(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }

    /// <summary>Deletes the blob of <paramref name="key"/> only while its ETag is <paramref name="etag"/>; false when it changed or is gone.</summary>
    public async Task<bool> DeleteIfVersionAsync(string key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(etag) };
            return (await Blob(key).DeleteIfExistsAsync(conditions: conditions, cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException e) when (IsUnmetCondition(e))
        {
            return false;
        }
    }

    /// <summary>
    /// Creates the container the first time any operation needs it; a failed attempt is tried again by the next
    /// operation. Once per store instance, not per call.
    /// </summary>
    public async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken);
        try
        {
            if (!_containerReady)
            {
                var created = await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
                if (created is not null)
                {
                    logger.LogInformation("Created the state container {Container}", container.Name);
                }

                _containerReady = true;
            }
        }
        finally
        {
            _createGate.Release();
        }
    }

    // 412: If-Match found another ETag (a service may also answer 404 BlobNotFound when there is no blob to match);
    // 409 BlobAlreadyExists: If-None-Match * found a blob. Other 409s (a lease someone else took, a container
    // being deleted) are not ETag conflicts: they stay exceptions, or a caller's retry-on-conflict loop would spin.
    private static bool IsUnmetCondition(RequestFailedException e) =>
        e.Status == 412
        || (e.Status == 409 && e.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString())
        || (e.Status == 404 && e.ErrorCode == BlobErrorCode.BlobNotFound.ToString());

    // The blob as it is now: written by this very upload (an SDK retry of an upload that had succeeded fails its
    // own condition), someone else's, or missing.
    private async Task<UploadResult> ResultOfUnmetAsync(string key, string writeId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await Blob(key).GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
            return properties.Metadata.TryGetValue(WriteIdMetadata, out var stored) && stored == writeId
                ? UploadResult.Written(properties.ETag.ToString())
                : UploadResult.NotWritten(blobExists: true);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return UploadResult.NotWritten(blobExists: false);
        }
    }

    private BlobClient Blob(string key) => container.GetBlobClient(BlobNames.For(key));
}
