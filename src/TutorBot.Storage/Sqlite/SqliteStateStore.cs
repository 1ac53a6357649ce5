using Microsoft.Data.Sqlite;
using TutorBot.Core.State;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> over one SQLite file in write-ahead-log mode with full syncs, so a committed write
/// survives a crash of the process, and several processes (a bot, a command line) can share the file. Each
/// write runs in one immediate transaction: the ETags are checked and the rows replaced under the same write
/// lock, so two writers holding the same ETag cannot both succeed. ETags are fresh random strings per write.
/// Writes from this process go through one <see cref="SqliteWriter"/>, which commits concurrent writes together.
/// A database that cannot be opened (damaged, a read-only or full folder) does not stop the program: every call then
/// throws <see cref="StateStoreUnavailableException"/> naming the cause, and tries to open it again, so the store
/// works once the file or the folder is repaired. The file itself is never moved, repaired or recreated.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IStateExpiry, IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _opening = new();
    private readonly SqliteWriter _writer;
    private volatile bool _ready;
    private volatile bool _disposed;

    // Read sessions kept between reads (their SELECTs stay prepared), at most MaxIdleReaders idle at once.
    private const int MaxIdleReaders = 16;
    private static readonly string[] ParameterNames = [.. Enumerable.Range(0, 8).Select(i => $"$k{i}")];
    private static readonly string[] SelectTexts =
        [.. Enumerable.Range(0, 9).Select(n => $"SELECT key, json, etag FROM state_items WHERE key IN ({string.Join(", ", Enumerable.Range(0, n).Select(i => $"$k{i}"))})")];
    private readonly System.Collections.Concurrent.ConcurrentQueue<SqliteSession> _readers = new();
    private int _idleReaders;

    /// <summary>Opens (creating when missing) the database at <paramref name="path"/>; a failure is reported by the first call.</summary>
    public SqliteStateStore(string path, int busyTimeoutSeconds = 10)
    {
        DatabasePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = busyTimeoutSeconds,
            Pooling = true,
        }.ToString();
        _writer = new SqliteWriter(() => Open());
        try
        {
            EnsureCreated();
        }
        catch (StateStoreUnavailableException)
        {
            // Reported to whoever calls first; the host's start-up check does.
        }
    }

    /// <summary>Transactions this process has committed (concurrent writes share one: see <see cref="SqliteWriter"/>).</summary>
    internal long Commits => _writer.Commits;

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    public Task<IReadOnlyDictionary<string, StoredItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Read, () => ReadCoreAsync(keys, cancellationToken));

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Write, () => WriteCoreAsync(changes, cancellationToken));

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Delete, async () =>
        {
            await DeleteCoreAsync(keys, cancellationToken);
            return true;
        });

    /// <summary>
    /// Deletes the rows under <paramref name="prefixes"/>, but not under <paramref name="except"/>, last written before
    /// <paramref name="idleSince"/>, up to <see cref="ExpiryChunk"/> rows per transaction, so the turns' writer never
    /// waits long for the write lock.
    /// </summary>
    public Task<int> ExpireAsync(IReadOnlyCollection<string> prefixes, IReadOnlyCollection<string> except, DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        GuardAsync(StateOperation.Delete, () => Task.Run(() => ExpireCore(prefixes, except, idleSince, cancellationToken), cancellationToken));

    private int ExpireCore(IReadOnlyCollection<string> prefixes, IReadOnlyCollection<string> except, DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        var kept = except.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var sql = $"""
            DELETE FROM state_items WHERE rowid IN (
                SELECT rowid FROM state_items WHERE key >= $from AND key < $to AND updated < $before
                {string.Concat(kept.Select((_, i) => $"AND NOT (key >= $keptFrom{i} AND key < $keptTo{i}) "))}LIMIT {ExpiryChunk})
            """;
        // "updated" holds the round-trip UTC form of the write time, which sorts as text.
        var before = idleSince.ToUniversalTime().ToString("O");
        var deleted = 0;
        using var connection = Open();
        foreach (var prefix in prefixes.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            int chunk;
            do
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var transaction = connection.BeginTransaction(deferred: false);
                using var delete = connection.CreateCommand();
                delete.Transaction = transaction;
                delete.CommandText = sql;
                delete.Parameters.AddWithValue("$from", prefix);
                delete.Parameters.AddWithValue("$to", RangeEnd(prefix));
                delete.Parameters.AddWithValue("$before", before);
                for (var i = 0; i < kept.Count; i++)
                {
                    delete.Parameters.AddWithValue($"$keptFrom{i}", kept[i]);
                    delete.Parameters.AddWithValue($"$keptTo{i}", RangeEnd(kept[i]));
                }

                chunk = delete.ExecuteNonQuery();
                transaction.Commit();
                deleted += chunk;
            }
            while (chunk == ExpiryChunk);
        }

        return deleted;
    }

    // The keys starting with a prefix are those from it up to (not including) the prefix with its last character
    // raised by one: a range the primary key's index answers.
    private static string RangeEnd(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    /// <summary>Most rows one expiry transaction deletes.</summary>
    internal const int ExpiryChunk = 500;

    private async Task<T> GuardAsync<T>(StateOperation operation, Func<Task<T>> call)
    {
        EnsureCreated();
        try
        {
            return await call();
        }
        catch (Exception ex) when (SqliteFaults.Handles(ex))
        {
            throw SqliteFaults.From(ex, operation, DatabasePath);
        }
    }

    private void EnsureCreated()
    {
        if (_ready)
        {
            return;
        }

        lock (_opening)
        {
            if (_ready)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
                using var connection = Open();
                Execute(connection, "PRAGMA journal_mode=WAL;");
                Execute(connection, """
                    CREATE TABLE IF NOT EXISTS state_items (
                        key     TEXT PRIMARY KEY NOT NULL,
                        json    TEXT NOT NULL,
                        etag    TEXT NOT NULL,
                        updated TEXT NOT NULL
                    );
                    """);
                _ready = true;
            }
            catch (Exception ex) when (SqliteFaults.Handles(ex))
            {
                throw SqliteFaults.From(ex, StateOperation.Open, DatabasePath);
            }
        }
    }

    private Task<IReadOnlyDictionary<string, StoredItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoredItem>>(result);
        }

        // One statement per 500 keys (SQLite's parameter limit is far above): a turn reads its interview, schedule
        // and any old-format keys at once. Reads are synchronous (SQLite has no asynchronous I/O) on a kept session.
        var session = RentReader();
        try
        {
            foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parameters = new (string Name, object Value)[chunk.Length];
                for (var i = 0; i < chunk.Length; i++)
                {
                    parameters[i] = (Parameter(i), chunk[i]);
                }

                session.Run(SelectSql(chunk.Length), null, command =>
                {
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        result[reader.GetString(0)] = new StoredItem(reader.GetString(1), reader.GetString(2));
                    }

                    return true;
                }, parameters);
            }
        }
        catch
        {
            session.Discard();
            throw;
        }

        ReturnReader(session);
        return Task.FromResult<IReadOnlyDictionary<string, StoredItem>>(result);
    }

    private static string Parameter(int i) => i < ParameterNames.Length ? ParameterNames[i] : $"$k{i}";

    private static string SelectSql(int keys) => keys < SelectTexts.Length
        ? SelectTexts[keys]
        : $"SELECT key, json, etag FROM state_items WHERE key IN ({string.Join(", ", Enumerable.Range(0, keys).Select(Parameter))})";

    private SqliteSession RentReader()
    {
        if (_readers.TryDequeue(out var session))
        {
            Interlocked.Decrement(ref _idleReaders);
            return session;
        }

        return new SqliteSession(Open(forWriting: false));
    }

    private void ReturnReader(SqliteSession session)
    {
        if (_disposed || Interlocked.Increment(ref _idleReaders) > MaxIdleReaders)
        {
            Interlocked.Decrement(ref _idleReaders);
            session.Dispose();
            return;
        }

        _readers.Enqueue(session);
    }

    private Task<StateWriteResult> WriteCoreAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        changes.Count == 0
            ? Task.FromResult(new StateWriteResult(new Dictionary<string, string>(), []))
            : _writer.WriteAsync(changes, cancellationToken);

    private Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        keys.Count == 0 ? Task.CompletedTask : _writer.DeleteAsync(keys, cancellationToken);

    /// <summary>Applies the writes already queued, then closes the connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
        while (_readers.TryDequeue(out var reader))
        {
            reader.Dispose();
        }

        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open(bool forWriting = true)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            if (forWriting)
            {
                // Per connection: FULL syncs make a commit durable once WriteAsync returns.
                Execute(connection, "PRAGMA synchronous=FULL;");
            }

            return connection;
        }
        catch
        {
            // Not back into the pool: a connection to a damaged or vanished file must not be handed out again.
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql) => SqliteWriter.Execute(connection, null, sql);
}
