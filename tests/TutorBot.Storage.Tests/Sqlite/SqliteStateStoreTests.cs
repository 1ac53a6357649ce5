using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Storage.Tests.Sqlite;

public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-storage-").FullName;

    private string DbPath => Path.Combine(_folder, "data", "state.db");

    [Fact]
    public async Task ReadsBackWhatWasWrittenWithANewETagPerWrite()
    {
        using var store = new SqliteStateStore(DbPath);

        var first = await store.WriteAsync(Items(("a", "{\"n\":1}", null)), CancellationToken.None);
        var read = await store.ReadAsync(["a", "missing"], CancellationToken.None);
        var second = await store.WriteAsync(Items(("a", "{\"n\":2}", read["a"].ETag)), CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal(("{\"n\":1}", first.ETags["a"]), (read["a"].Json, read["a"].ETag));
        Assert.False(read.ContainsKey("missing"));
        Assert.True(second.Succeeded);
        Assert.NotEqual(first.ETags["a"], second.ETags["a"]);
    }

    [Fact]
    public async Task RejectsAStaleETagAndWritesNothingOfThatBatch()
    {
        using var store = new SqliteStateStore(DbPath);
        var created = await store.WriteAsync(Items(("a", "1", null), ("b", "1", null)), CancellationToken.None);
        var stale = created.ETags["a"];
        await store.WriteAsync(Items(("a", "2", stale)), CancellationToken.None);

        var result = await store.WriteAsync(Items(("a", "3", stale), ("b", "3", created.ETags["b"])), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["a"], result.Conflicts);
        var now = await store.ReadAsync(["a", "b"], CancellationToken.None);
        Assert.Equal(("2", "1"), (now["a"].Json, now["b"].Json));
    }

    [Fact]
    public async Task StarAndNullETagsOverwriteAndAnETagForANewKeyCreatesIt()
    {
        using var store = new SqliteStateStore(DbPath);
        await store.WriteAsync(Items(("a", "1", null)), CancellationToken.None);

        Assert.True((await store.WriteAsync(Items(("a", "2", StoredItem.AnyETag)), CancellationToken.None)).Succeeded);
        Assert.True((await store.WriteAsync(Items(("a", "3", null)), CancellationToken.None)).Succeeded);
        Assert.True((await store.WriteAsync(Items(("new", "1", "some-etag")), CancellationToken.None)).Succeeded);
        Assert.Equal("3", (await store.ReadAsync(["a"], CancellationToken.None))["a"].Json);
    }

    [Fact]
    public async Task OnlyOneOfTwoConcurrentWritersWithTheSameETagWins()
    {
        using var store = new SqliteStateStore(DbPath);
        var etag = (await store.WriteAsync(Items(("a", "0", null)), CancellationToken.None)).ETags["a"];

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Task.Run(() => store.WriteAsync(Items(("a", i.ToString(), etag)), CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r.Succeeded));
    }

    [Fact]
    public async Task SurvivesANewStoreInstanceOnTheSameFolderAndDeletes()
    {
        using (var before = new SqliteStateStore(DbPath))
        {
            await before.WriteAsync(Items(("users/alice", "{\"q\":\"q13\"}", null), ("users/bob", "{\"q\":\"q02\"}", null)), CancellationToken.None);
        }

        using var after = new SqliteStateStore(DbPath);
        var read = await after.ReadAsync(["users/alice", "users/bob"], CancellationToken.None);
        await after.DeleteAsync(["users/bob", "nobody"], CancellationToken.None);

        Assert.Equal("{\"q\":\"q13\"}", read["users/alice"].Json);
        Assert.Equal("{\"q\":\"q02\"}", read["users/bob"].Json);
        Assert.Equal(["users/alice"], (await after.ReadAsync(["users/alice", "users/bob"], CancellationToken.None)).Keys);
    }

    [Fact]
    public async Task KeepsUsersApart()
    {
        using var store = new SqliteStateStore(DbPath);
        await Task.WhenAll(
            Task.Run(() => store.WriteAsync(Items(("interview/users/alice", "alice-state", null)), CancellationToken.None)),
            Task.Run(() => store.WriteAsync(Items(("interview/users/bob", "bob-state", null)), CancellationToken.None)));

        var alice = await store.ReadAsync(["interview/users/alice"], CancellationToken.None);

        Assert.Equal("alice-state", Assert.Single(alice).Value.Json);
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
        Assert.True(File.Exists(store.DatabasePath + "-wal") || File.Exists(store.DatabasePath + "-shm"));
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

    private static Dictionary<string, StoredItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoredItem(i.Json, i.ETag));
}
