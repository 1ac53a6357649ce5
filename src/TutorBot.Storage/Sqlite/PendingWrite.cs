using Microsoft.Data.Sqlite;
using TutorBot.Core.State;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// One caller's write (<paramref name="Changes"/>) or delete (<paramref name="Deletes"/>) waiting for the
/// <see cref="SqliteWriter"/>, and the task that completes when its transaction has committed.
/// </summary>
internal sealed record PendingWrite(IReadOnlyDictionary<string, StoredItem>? Changes, IReadOnlyCollection<string>? Deletes)
{
    private const string Upsert = """
        INSERT INTO state_items (key, json, etag, updated) VALUES ($key, $json, $etag, $updated)
        ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated = excluded.updated
        """;

    public TaskCompletionSource<StateWriteResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Checks every ETag, then writes every item, inside the caller's savepoint; on a stale ETag writes nothing and
    /// returns the conflicts (the caller rolls the savepoint back).
    /// </summary>
    public StateWriteResult Apply(SqliteSession session, SqliteTransaction transaction)
    {
        if (Deletes is not null)
        {
            foreach (var key in Deletes)
            {
                session.Execute("DELETE FROM state_items WHERE key = $key", transaction, ("$key", key));
            }

            return new StateWriteResult(new Dictionary<string, string>(), []);
        }

        var conflicts = new List<string>();
        foreach (var (key, item) in Changes!)
        {
            if (item.ETag is null or StoredItem.AnyETag)
            {
                continue;
            }

            var stored = session.Run("SELECT etag FROM state_items WHERE key = $key", transaction, static read => read.ExecuteScalar(), ("$key", key));
            if (stored is string etag && (etag != item.ETag || item.ETag == StoredItem.CreateOnly))
            {
                conflicts.Add(key);
            }
        }

        if (conflicts.Count > 0)
        {
            return StateWriteResult.Conflict(conflicts);
        }

        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var (key, item) in Changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            session.Execute(Upsert, transaction, ("$key", key), ("$json", item.Json), ("$etag", etag), ("$updated", now));
            etags[key] = etag;
        }

        return new StateWriteResult(etags, []);
    }
}
