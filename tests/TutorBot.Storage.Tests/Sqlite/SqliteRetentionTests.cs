using Microsoft.Data.Sqlite;
using TutorBot.Core.Retention;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Storage.Tests.Sqlite;

/// <summary>Retention on the SQLite store: only idle conversation documents go, in chunks, and nothing a learner keeps.</summary>
public sealed class SqliteRetentionTests : IDisposable
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-retention-").FullName;

    [Fact]
    public async Task IdleConversationDocumentsAreDeletedAndEverythingElseIsKept()
    {
        using var store = new SqliteStateStore(Path.Combine(_folder, "state.db"));
        string[] idle = ["history/msteams/old", "interview/msteams/old/alice", "answers/msteams/old/a1", "answer-list/msteams/old"];
        string[] kept =
        [
            // A learner's own documents and the votes, however old; the command line's old record holds a schedule.
            "schedule/msteams/alice", "sessions/msteams/alice", "reminder/msteams/alice", "feedback/msteams/2026-01-01/v1",
            "interview/users/alice",
            // Keys that only look alike.
            "historyx/msteams/old", "history",
        ];
        string[] fresh = ["history/msteams/new", "interview/msteams/new/alice"];
        await WriteAsync(store, [.. idle, .. kept, .. fresh]);
        Age(store, [.. idle, .. kept], TimeSpan.FromDays(100));

        var deleted = await ConversationRetention.ExpireAsync(store, days: 90, Now, CancellationToken.None);

        Assert.Equal(idle.Length, deleted);
        var left = await store.ReadAsync([.. idle, .. kept, .. fresh], CancellationToken.None);
        Assert.Equal(kept.Concat(fresh).Order(StringComparer.Ordinal), left.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await ConversationRetention.ExpireAsync(store, days: 90, Now, CancellationToken.None));
    }

    [Fact]
    public async Task ADocumentWrittenAgainIsNoLongerIdle()
    {
        using var store = new SqliteStateStore(Path.Combine(_folder, "state.db"));
        await WriteAsync(store, ["history/msteams/c1"]);
        Age(store, ["history/msteams/c1"], TimeSpan.FromDays(100));
        await WriteAsync(store, ["history/msteams/c1"]);

        Assert.Equal(0, await ConversationRetention.ExpireAsync(store, days: 90, Now, CancellationToken.None));
        Assert.Single(await store.ReadAsync(["history/msteams/c1"], CancellationToken.None));
    }

    [Fact]
    public async Task MoreIdleDocumentsThanOneChunkAreAllDeleted()
    {
        using var store = new SqliteStateStore(Path.Combine(_folder, "state.db"));
        var keys = Enumerable.Range(0, SqliteStateStore.ExpiryChunk * 2 + 7).Select(i => $"history/webchat/c{i}").ToArray();
        await WriteAsync(store, keys);
        Age(store, keys, TimeSpan.FromDays(31));

        Assert.Equal(keys.Length, await ConversationRetention.ExpireAsync(store, days: 30, Now, CancellationToken.None));
        Assert.Empty(await store.ReadAsync(keys, CancellationToken.None));
    }

    [Fact]
    public async Task ZeroDaysKeepsEverything()
    {
        using var store = new SqliteStateStore(Path.Combine(_folder, "state.db"));
        await WriteAsync(store, ["history/msteams/c1"]);
        Age(store, ["history/msteams/c1"], TimeSpan.FromDays(10_000));

        Assert.Equal(0, await ConversationRetention.ExpireAsync(store, days: 0, Now, CancellationToken.None));
        Assert.Single(await store.ReadAsync(["history/msteams/c1"], CancellationToken.None));
    }

    private static async Task WriteAsync(SqliteStateStore store, IEnumerable<string> keys)
    {
        foreach (var chunk in keys.Chunk(100))
        {
            var written = await store.WriteAsync(chunk.ToDictionary(k => k, _ => new StoredItem("{}", StoredItem.AnyETag)), CancellationToken.None);
            Assert.True(written.Succeeded);
        }
    }

    // Sets the rows' write time back, as if written that long ago.
    private static void Age(SqliteStateStore store, IEnumerable<string> keys, TimeSpan age)
    {
        using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var key in keys)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE state_items SET updated = $at WHERE key = $key";
            command.Parameters.AddWithValue("$at", (Now - age).ToString("O"));
            command.Parameters.AddWithValue("$key", key);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
