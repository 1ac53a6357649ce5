namespace TutorBot.Core.State;

/// <summary>
/// Durable key/value storage of JSON documents with optimistic concurrency, shaped like the Bot Framework's
/// <c>IStorage</c> so a bot adapter is a thin translation: read many keys (missing keys are simply absent from
/// the result), write many at once (all or nothing, each checked against its ETag, <c>"*"</c> or null
/// overwriting, <see cref="StoredItem.CreateOnly"/> creating only), delete many (missing keys are ignored). Keys are case-sensitive strings up to 1024 characters.
/// Safe to call from many threads and processes.
/// </summary>
public interface IStateStore
{
    /// <summary>The stored documents of <paramref name="keys"/>, with their ETags; a key not stored is not in the result.</summary>
    Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes every item in one transaction. When any item's ETag is stale, nothing is written and the result
    /// lists the conflicting keys (a value, not an exception).
    /// </summary>
    Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="keys"/>; keys not stored are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
