using Microsoft.Extensions.Logging;
using TutorBot.Core.State;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// A write of several keys at once. Blob Storage has no transaction across blobs, so this is check, then write
/// each blob conditionally, then roll back on a late conflict:
/// <list type="number">
/// <item>Every key is read. A stale ETag found there fails the batch with nothing written: the conflicts a batch
/// meets when it starts are handled exactly as SqliteStateStore handles them.</item>
/// <item>The keys with an ETag are written first, each only if the blob still has the version just read
/// (If-Match, or If-None-Match * for a key that was missing), so no write ever lands on a version the batch did
/// not check: no update is lost. The overwrites ("*" or null) come last and cannot conflict.</item>
/// <item>When another writer changed a key between the check and its write, the batch stops, reports that key as
/// the conflict, and restores the keys it already wrote to what it read, each only if its blob still holds the
/// batch's version (a newer writer's value is left alone).</item>
/// </list>
/// Not guaranteed, unlike SQLite: isolation (a reader can see some keys of a batch before the rest, including
/// values rolled back a moment later); all-or-nothing when the process dies, the caller cancels or storage fails
/// in the middle (the roll-back is tried, logged, and may itself fail, leaving some keys written); and a restored
/// key has a new ETag, so a writer holding the pre-batch ETag gets a conflict and reads again (never a lost update).
/// TutorBot's callers write one document per call, which is atomic; see <see cref="AzureBlobStateStore"/>.
/// </summary>
internal sealed class BatchWrite(StateBlobs blobs, ILogger logger)
{
    /// <summary>A test seam: runs after the check and before the first write, where another writer can slip in.</summary>
    public Func<Task>? AfterCheck { get; set; }

    public async Task<StateWriteResult> RunAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        var keys = changes.Keys.ToList();
        var read = await Task.WhenAll(keys.Select(k => blobs.DownloadAsync(k, cancellationToken)));
        var before = keys.Zip(read).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

        var stale = keys.Where(k => IsChecked(changes[k]) && before[k] is { } stored && stored.ETag != changes[k].ETag).ToList();
        if (stale.Count > 0)
        {
            return StateWriteResult.Conflict(stale);
        }

        if (AfterCheck is { } afterCheck)
        {
            await afterCheck();
        }

        var order = keys.OrderBy(k => IsChecked(changes[k]) ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal);
        var written = new List<(string Key, string ETag)>();
        try
        {
            foreach (var key in order)
            {
                var condition = !IsChecked(changes[key]) ? BlobCondition.None
                    : before[key] is { } stored ? BlobCondition.Version(stored.ETag)
                    : BlobCondition.Absent;
                var etag = (await blobs.UploadAsync(key, BlobText.Encode(changes[key].Json), condition, cancellationToken)).ETag;
                if (etag is null)
                {
                    logger.LogInformation("Batch of {Count} keys met a concurrent write of {Key}; rolling back {Written} written", keys.Count, key, written.Count);
                    await RollBackAsync(written, before);
                    return StateWriteResult.Conflict([key]);
                }

                written.Add((key, etag));
            }
        }
        catch (Exception e) when (written.Count > 0)
        {
            logger.LogWarning(e, "Batch of {Count} keys failed after writing {Written}; rolling back", keys.Count, written.Count);
            await RollBackAsync(written, before);
            throw;
        }

        return new StateWriteResult(written.ToDictionary(w => w.Key, w => w.ETag, StringComparer.Ordinal), []);
    }

    private static bool IsChecked(StoredItem item) => item.ETag is not (null or StoredItem.AnyETag);

    private async Task RollBackAsync(List<(string Key, string ETag)> written, Dictionary<string, StoredBlob?> before)
    {
        foreach (var (key, etag) in Enumerable.Reverse(written))
        {
            try
            {
                // Not the caller's token: a cancelled batch still deserves its roll-back (bounded by the SDK's timeouts).
                var restored = before[key] is { } stored
                    ? (await blobs.UploadAsync(key, stored.Content, BlobCondition.Version(etag), CancellationToken.None)).ETag is not null
                    : await blobs.DeleteIfVersionAsync(key, etag, CancellationToken.None);
                if (!restored)
                {
                    logger.LogWarning("Roll-back left {Key} as another writer changed it after the batch wrote it", key);
                }
            }
            catch (Exception e)
            {
                // The batch has already failed; a failed restore is logged and must not hide that outcome.
                logger.LogError(e, "Roll-back could not restore {Key}; it keeps the failed batch's value", key);
            }
        }
    }
}
