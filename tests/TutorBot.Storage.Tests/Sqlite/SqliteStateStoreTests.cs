using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Storage.Tests.Sqlite;

/// <summary>What only the SQLite backend does; the behaviour every backend shares is in <see cref="SqliteStateStoreContractTests"/>.</summary>
public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-storage-").FullName;

    [Fact]
    public async Task SurvivesDisposingTheStoreAndOpeningTheFileAgain()
    {
        var path = Path.Combine(_folder, "data", "state.db");
        using (var before = new SqliteStateStore(path))
        {
            await before.WriteAsync(new Dictionary<string, StoredItem> { ["users/alice"] = new("{\"q\":\"q13\"}") }, CancellationToken.None);
        }

        using var after = new SqliteStateStore(path);

        Assert.Equal("{\"q\":\"q13\"}", (await after.ReadAsync(["users/alice"], CancellationToken.None))["users/alice"].Json);
    }

    [Fact]
    public void AddStoragePutsTheDatabaseUnderTheConfiguredDataFolderInWalMode()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = "custom/state" });
        builder.Services.AddStorage();
        using var host = builder.Build();

        var store = host.Services.GetRequiredService<SqliteStateStore>();

        Assert.Same(store, host.Services.GetRequiredService<IStateStore>());
        Assert.Equal(Path.Combine(_folder, "custom", "state", "state.db"), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        // WAL mode is stored in the database file itself; the -wal/-shm files come and go with open connections.
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task AddStorageStopsAHostConfiguredForAnotherProvider()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "AzureBlob" });
        builder.Services.AddStorage();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AddStateStore", error.Message);
    }

    [Fact]
    public async Task ConcurrentWritesShareCommitsAndEachIsCheckedAlone()
    {
        var path = Path.Combine(_folder, "state.db");
        using (var store = new SqliteStateStore(path))
        {
            var first = await store.WriteAsync(new Dictionary<string, StoredItem> { ["contested"] = new("0") }, CancellationToken.None);
            var commitsBefore = store.Commits;
            Task<StateWriteResult>[] writes;
            // Another process holds the write lock while 100 turns write: they queue, and go in together once it is free.
            using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                other.Open();
                using var hold = other.BeginTransaction(deferred: false);
                writes = Enumerable.Range(0, 100).Select(i => store.WriteAsync(
                    i % 10 == 0
                        ? new Dictionary<string, StoredItem> { ["contested"] = new($"{i}", first.ETags["contested"]) }
                        : new Dictionary<string, StoredItem> { [$"own/{i}"] = new($"{i}") },
                    CancellationToken.None)).ToArray();
                await Task.Delay(200);
                Assert.DoesNotContain(writes, w => w.IsCompleted);
                hold.Commit();
            }

            var results = await Task.WhenAll(writes);

            Assert.Equal(90, results.Where((_, i) => i % 10 != 0).Count(r => r.Succeeded));
            Assert.Equal(1, results.Where((_, i) => i % 10 == 0).Count(r => r.Succeeded)); // one ETag, ten writers: one wins
            Assert.InRange(store.Commits - commitsBefore, 1, 3);
        }

        using var reopened = new SqliteStateStore(path);
        var stored = await reopened.ReadAsync([.. Enumerable.Range(0, 100).Where(i => i % 10 != 0).Select(i => $"own/{i}")], CancellationToken.None);
        Assert.Equal(90, stored.Count);
    }

    [Fact]
    public async Task ADamagedDatabaseFileIsReportedAsCorruptLeftAsItIsAndUsedOnceReplaced()
    {
        var path = Path.Combine(_folder, "state.db");
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 7 % 251)).ToArray();
        await File.WriteAllBytesAsync(path, garbage);
        using var store = new SqliteStateStore(path);

        var read = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ReadAsync(["users/alice"], CancellationToken.None));
        var write = await Assert.ThrowsAsync<StateStoreUnavailableException>(() =>
            store.WriteAsync(new Dictionary<string, StoredItem> { ["users/alice"] = new("{}") }, CancellationToken.None));

        Assert.Equal((StateStoreFault.Corrupt, StateOperation.Open), (read.Fault, read.Operation));
        Assert.Contains(path, read.Message);
        Assert.Contains("file is not a database", read.Message);
        Assert.Equal(StateStoreFault.Corrupt, write.Fault);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(path));

        // The operator moves the damaged file aside: the same store opens a new database on its next call.
        File.Move(path, path + ".damaged");
        await store.WriteAsync(new Dictionary<string, StoredItem> { ["users/alice"] = new("{}") }, CancellationToken.None);
        Assert.Equal("{}", (await store.ReadAsync(["users/alice"], CancellationToken.None))["users/alice"].Json);
    }

    [Fact]
    public async Task ADataFolderUnderAFileIsReportedNotThrownFromTheConstructor()
    {
        var file = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        using var store = new SqliteStateStore(Path.Combine(file, "state.db"));

        var error = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ReadAsync(["k"], CancellationToken.None));

        Assert.Equal(StateOperation.Open, error.Operation);
        Assert.Contains(file, error.Message);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
