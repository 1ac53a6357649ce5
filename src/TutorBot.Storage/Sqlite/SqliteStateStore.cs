using Microsoft.Data.Sqlite;
using TutorBot.Core.State;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> over one SQLite file in write-ahead-log mode with full syncs, so a committed write
/// survives a crash of the process, and several processes (a bot, a command line) can share the file. Each
/// write runs in one immediate transaction: the ETags are checked and the rows replaced under the same write
/// lock, so two writers holding the same ETag cannot both succeed. ETags are fresh random strings per write.
/// A database that cannot be opened (damaged, a read-only or full folder) does not stop the program: every call then
/// throws <see cref="StateStoreUnavailableException"/> naming the cause, and tries to open it again, so the store
/// works once the file or the folder is repaired. The file itself is never moved, repaired or recreated.
/// </summary>
public sealed class SqliteStateStore : IStateStore, IDisposable
{
    private readonly string _connectionString;
    private readonly Lock _opening = new();
    private volatile bool _ready;

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
        try
        {
            EnsureCreated();
        }
        catch (StateStoreUnavailableException)
        {
            // Reported to whoever calls first; the host's start-up check does.
        }
    }

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

    private async Task<IReadOnlyDictionary<string, StoredItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoredItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = Open();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT json, etag FROM state_items WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                result[key] = new StoredItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return result;
    }

    private async Task<StateWriteResult> WriteCoreAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return new StateWriteResult(etags, []);
        }

        await using var connection = Open();
        // Not deferred: BEGIN IMMEDIATE takes the write lock before the ETags are read.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var conflicts = new List<string>();
        foreach (var (key, item) in changes)
        {
            if (item.ETag is null or StoredItem.AnyETag)
            {
                continue;
            }

            var stored = await StoredETagAsync(connection, transaction, key, cancellationToken);
            if (stored is not null && (stored != item.ETag || item.ETag == StoredItem.CreateOnly))
            {
                conflicts.Add(key);
            }
        }

        if (conflicts.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return StateWriteResult.Conflict(conflicts);
        }

        var now = DateTimeOffset.UtcNow.ToString("O");
        foreach (var (key, item) in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO state_items (key, json, etag, updated) VALUES ($key, $json, $etag, $updated)
                ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated = excluded.updated
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$json", item.Json);
            command.Parameters.AddWithValue("$etag", etag);
            command.Parameters.AddWithValue("$updated", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
            etags[key] = etag;
        }

        await transaction.CommitAsync(cancellationToken);
        return new StateWriteResult(etags, []);
    }

    private async Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM state_items WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Closes pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection: FULL syncs make a commit durable once WriteAsync returns.
        Execute(connection, "PRAGMA synchronous=FULL;");
        return connection;
    }

    private static async Task<string?> StoredETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM state_items WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
