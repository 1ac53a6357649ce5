using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.State;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// <see cref="IStateStore"/> on Azure Blob Storage, so several hosts share one state: one block blob per key in one
/// container, named by <see cref="BlobNames"/> (URL-safe base64 of the key, or its SHA-256 past Azure's name
/// limit), holding the document as UTF-8 JSON; the blob's ETag is the item's ETag.
/// <list type="bullet">
/// <item>Read: missing keys are absent. A blob that is not UTF-8 JSON is returned as stored (invalid bytes as
/// U+FFFD) and logged as a warning, as SqliteStateStore returns whatever its row holds: the reader decides.</item>
/// <item>Write of one key (every TutorBot caller writes one document per call): one conditional upload, atomic,
/// with SqliteStateStore's semantics. An ETag is sent as If-Match: a stored blob with another ETag is a conflict,
/// and when no blob is stored the upload is made again as a create (If-None-Match *), which conflicts only if
/// another writer created it in between. "*" or null overwrites. A conflict (412, or 409 BlobAlreadyExists) is a
/// result, not an exception.</item>
/// <item>Write of several keys: not a transaction; <see cref="BatchWrite"/> states exactly what holds.</item>
/// <item>Delete: missing keys are ignored.</item>
/// </list>
/// The container is created on first use. Transient failures (timeouts, 5xx, throttling) are retried by the SDK
/// (<see cref="AzureBlobStorageOptions"/>); what still fails (the service unreachable or refusing the request)
/// surfaces as Core's <see cref="StateStoreUnavailableException"/> naming the container and the cause. One residual case:
/// a write whose response was lost, retried by the SDK, and overwritten by another writer in between, is reported
/// as a conflict although it was applied. Safe to use from many threads, processes and hosts.
/// </summary>
public sealed class AzureBlobStateStore : IStateStore
{
    private readonly StateBlobs _blobs;
    private readonly BatchWrite _batch;
    private readonly ILogger _logger;

    /// <summary>A store on <paramref name="container"/>, which is created on first use when missing.</summary>
    public AzureBlobStateStore(BlobContainerClient container, ILogger<AzureBlobStateStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        _logger = logger ?? NullLogger<AzureBlobStateStore>.Instance;
        _blobs = new StateBlobs(container, _logger);
        _batch = new BatchWrite(_blobs, _logger);
    }

    /// <summary>The container's name.</summary>
    public string ContainerName => _blobs.ContainerName;

    /// <summary>The batch writer, for tests that interleave another writer with a batch.</summary>
    internal BatchWrite Batch => _batch;

    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Read, () => ReadCoreAsync(keys, cancellationToken), cancellationToken);

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Write, () => WriteCoreAsync(changes, cancellationToken), cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Delete, async () =>
        {
            await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(k => _blobs.DeleteAsync(k, cancellationToken)));
            return true;
        }, cancellationToken);

    private async Task<T> GuardAsync<T>(StateOperation operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is RequestFailedException or AggregateException or HttpRequestException or TimeoutException
                                   || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new StateStoreUnavailableException(StateStoreFault.Unavailable, operation,
                $"Azure Blob state container {_blobs.ContainerName}: the service cannot be reached or refused the request ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private async Task<IReadOnlyDictionary<string, StoredItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var blobs = await Task.WhenAll(distinct.Select(k => _blobs.DownloadAsync(k, cancellationToken)));
        var result = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            if (blobs[i] is { } blob)
            {
                result[distinct[i]] = new StoredItem(Decode(distinct[i], blob), blob.ETag);
            }
        }

        return result;
    }

    private async Task<StateWriteResult> WriteCoreAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return new StateWriteResult(new Dictionary<string, string>(), []);
        }

        if (changes.Count > 1)
        {
            return await _batch.RunAsync(changes, cancellationToken);
        }

        var (key, item) = changes.Single();
        var content = BlobText.Encode(item.Json);
        var condition = item.ETag switch
        {
            null or StoredItem.AnyETag => BlobCondition.None,
            StoredItem.CreateOnly => BlobCondition.Absent,
            _ => BlobCondition.Version(item.ETag),
        };
        var result = await _blobs.UploadAsync(key, content, condition, cancellationToken);
        if (result is { ETag: null, BlobExists: false } && item.ETag != StoredItem.CreateOnly)
        {
            // Nothing stored to match: a key not stored yet is created (SqliteStateStore's contract), unless
            // another writer creates it first.
            result = await _blobs.UploadAsync(key, content, BlobCondition.Absent, cancellationToken);
        }

        return result.ETag is not { } etag
            ? StateWriteResult.Conflict([key])
            : new StateWriteResult(new Dictionary<string, string>(StringComparer.Ordinal) { [key] = etag }, []);
    }

    private string Decode(string key, StoredBlob blob)
    {
        var text = BlobText.Decode(blob.Content, out var problem);
        if (problem is not null)
        {
            _logger.LogWarning("State blob {Blob} in {Container} (key {Key}) is {Problem}; returned as stored for the reader to handle",
                BlobNames.For(key), _blobs.ContainerName, key, problem);
        }

        return text;
    }
}
