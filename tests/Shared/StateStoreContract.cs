using System.Text;
using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Tests.Shared;

/// <summary>
/// What every <see cref="IStateStore"/> backend must do, run once per backend by a derived class (SQLite in
/// TutorBot.Storage.Tests, Azure Blob on Azurite in TutorBot.Storage.AzureBlob.Tests). Each test gets a fresh, empty
/// store. Batches of several keys are tested only where every backend guarantees the outcome: a stale ETag found
/// when the batch starts writes nothing. Shared as source by both test projects.
/// </summary>
public abstract class StateStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>The store under test: empty when the test starts.</summary>
    protected abstract IStateStore Store { get; }

    /// <summary>Another store instance on the same data, as a second host or process would open it.</summary>
    protected abstract IStateStore OpenAnotherStore();

    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/> behind the store's back, as damage would.</summary>
    protected abstract Task PlantRawAsync(string key, byte[] content);

    [Fact]
    public async Task ReadLeavesOutKeysNotStored()
    {
        await Store.WriteAsync(Items(("a", """{"n":1}""", null)), None);

        var read = await Store.ReadAsync(["a", "missing", "a"], None);

        Assert.Equal(["a"], read.Keys);
        Assert.Empty(await Store.ReadAsync(["missing"], None));
        Assert.Empty(await Store.ReadAsync([], None));
    }

    [Fact]
    public async Task CreatesThenReadsBackTheDocumentAndItsETag()
    {
        var created = await Store.WriteAsync(Items(("a", """{"n":1}""", null)), None);

        var read = await Store.ReadAsync(["a"], None);

        Assert.True(created.Succeeded);
        Assert.Equal(("""{"n":1}""", created.ETags["a"]), (read["a"].Json, read["a"].ETag));
    }

    [Fact]
    public async Task UpdatesWithTheCurrentETagAndGetsANewOne()
    {
        var created = await Store.WriteAsync(Items(("a", """{"n":1}""", null)), None);

        var updated = await Store.WriteAsync(Items(("a", """{"n":2}""", created.ETags["a"])), None);

        Assert.True(updated.Succeeded);
        Assert.NotEqual(created.ETags["a"], updated.ETags["a"]);
        Assert.Equal("""{"n":2}""", (await Store.ReadAsync(["a"], None))["a"].Json);
    }

    [Fact]
    public async Task RejectsAStaleETagAndWritesNothingOfThatBatch()
    {
        var created = await Store.WriteAsync(Items(("a", "1", null), ("b", "1", null)), None);
        var stale = created.ETags["a"];
        await Store.WriteAsync(Items(("a", "2", stale)), None);

        var result = await Store.WriteAsync(Items(("a", "3", stale), ("b", "3", created.ETags["b"]), ("c", "3", null)), None);

        Assert.False(result.Succeeded);
        Assert.Equal(["a"], result.Conflicts);
        Assert.Empty(result.ETags);
        var now = await Store.ReadAsync(["a", "b", "c"], None);
        Assert.Equal(("2", "1"), (now["a"].Json, now["b"].Json));
        Assert.False(now.ContainsKey("c"));
    }

    [Fact]
    public async Task WritesABatchAndReturnsEveryNewETag()
    {
        var result = await Store.WriteAsync(Items(("a", "1", null), ("b", "2", "guess"), ("c", "3", StoredItem.AnyETag)), None);

        var read = await Store.ReadAsync(["a", "b", "c"], None);

        Assert.True(result.Succeeded);
        Assert.Equal(["a", "b", "c"], result.ETags.Keys.Order());
        Assert.All(read, kv => Assert.Equal(result.ETags[kv.Key], kv.Value.ETag));
    }

    [Fact]
    public async Task StarAndNullETagsOverwriteWhateverIsStored()
    {
        var created = await Store.WriteAsync(Items(("a", "1", null)), None);
        await Store.WriteAsync(Items(("a", "2", created.ETags["a"])), None);

        Assert.True((await Store.WriteAsync(Items(("a", "3", StoredItem.AnyETag)), None)).Succeeded);
        Assert.True((await Store.WriteAsync(Items(("a", "4", null)), None)).Succeeded);
        Assert.Equal("4", (await Store.ReadAsync(["a"], None))["a"].Json);
    }

    [Fact]
    public async Task AnETagForAKeyNotStoredCreatesIt()
    {
        var result = await Store.WriteAsync(Items(("new", "1", "an-etag-from-elsewhere")), None);

        Assert.True(result.Succeeded);
        Assert.Equal("1", (await Store.ReadAsync(["new"], None))["new"].Json);
    }

    [Fact]
    public async Task ACreateWithAnETagConflictsWhenAnotherWriterCreatedTheKeyFirst()
    {
        var first = await OpenAnotherStore().WriteAsync(Items(("k", "\"first\"", "none-yet")), None);

        var second = await Store.WriteAsync(Items(("k", "\"second\"", "none-yet")), None);

        Assert.True(first.Succeeded);
        Assert.Equal(["k"], second.Conflicts);
        Assert.Equal("\"first\"", (await Store.ReadAsync(["k"], None))["k"].Json);
    }

    [Fact]
    public async Task CreateOnlySucceedsOnceAndThenConflictsAloneOrInABatch()
    {
        var first = await Store.WriteAsync(Items(("k", "\"first\"", StoredItem.CreateOnly)), None);

        var again = await OpenAnotherStore().WriteAsync(Items(("k", "\"second\"", StoredItem.CreateOnly)), None);
        var inBatch = await Store.WriteAsync(Items(("k", "\"third\"", StoredItem.CreateOnly), ("other", "1", StoredItem.CreateOnly)), None);

        Assert.True(first.Succeeded);
        Assert.Equal(["k"], again.Conflicts);
        Assert.Equal(["k"], inBatch.Conflicts);
        Assert.Equal("\"first\"", (await Store.ReadAsync(["k"], None))["k"].Json);
        Assert.Empty(await Store.ReadAsync(["other"], None));
    }

    [Fact]
    public async Task OnlyOneOfConcurrentWritersWithTheSameETagWins()
    {
        var etag = (await Store.WriteAsync(Items(("a", "0", null)), None)).ETags["a"];

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Task.Run(() => Store.WriteAsync(Items(("a", i.ToString(), etag)), None))));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(winner.ETags["a"], (await Store.ReadAsync(["a"], None))["a"].ETag);
    }

    [Fact]
    public async Task DeletesAndIgnoresKeysNotStored()
    {
        await Store.WriteAsync(Items(("users/alice", "1", null), ("users/bob", "2", null)), None);

        await Store.DeleteAsync(["users/bob", "nobody", "users/bob"], None);
        await Store.DeleteAsync([], None);

        Assert.Equal(["users/alice"], (await Store.ReadAsync(["users/alice", "users/bob"], None)).Keys);
    }

    [Fact]
    public async Task KeysWithSlashesDotsSpacesAndAnyScriptUpTo1024CharactersStayApart()
    {
        string[] keys =
        [
            "a/b", "a/../b", "../b", "..", ".", "a/./b", "a//b", "a/b/", "/a/b", "a\\b", "a%2Fb", "a b", " a", "A/B",
            "ünïcødé/用户/😀", "emoji😀", "tab\tand\nnewline", "?query=1&x#frag", "",
            new string('x', 1024), new string('x', 1023) + "y", new string('界', 1024), string.Concat(Enumerable.Repeat("😀", 512)),
        ];
        var items = keys.Select((k, i) => (k, $"{{\"i\":{i}}}", (string?)null)).ToArray();

        Assert.True((await Store.WriteAsync(Items(items), None)).Succeeded);
        var read = await OpenAnotherStore().ReadAsync(keys, None);

        Assert.Equal(keys.Length, read.Count);
        Assert.All(keys.Select((k, i) => (k, i)), p => Assert.Equal($"{{\"i\":{p.i}}}", read[p.k].Json));
    }

    [Fact]
    public async Task ConcurrentReadModifyWriteIncrementsLoseNoUpdate()
    {
        await Store.WriteAsync(Items(("counter", """{"n":0}""", null)), None);

        var applied = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => IncrementAsync(Store, "counter", 25))));

        Assert.Equal(200, Count(await Store.ReadAsync(["counter"], None)));
        AssertEachValueWrittenOnce(applied);
    }

    [Fact]
    public async Task TwoStoreInstancesOnTheSameDataLoseNoUpdate()
    {
        await Store.WriteAsync(Items(("counter", """{"n":0}""", null)), None);
        IStateStore[] hosts = [Store, OpenAnotherStore()];

        var applied = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => IncrementAsync(hosts[i % 2], "counter", 25))));

        Assert.Equal(200, Count(await OpenAnotherStore().ReadAsync(["counter"], None)));
        AssertEachValueWrittenOnce(applied);
    }

    [Fact]
    public async Task ReturnsADamagedDocumentAsStoredRatherThanFailingTheRead()
    {
        await PlantRawAsync("damaged", Encoding.UTF8.GetBytes("""{"n": 1, "truncated"""));
        await Store.WriteAsync(Items(("fine", "{}", null)), None);

        var read = await Store.ReadAsync(["damaged", "fine"], None);

        Assert.Equal("""{"n": 1, "truncated""", read["damaged"].Json);
        Assert.False(string.IsNullOrEmpty(read["damaged"].ETag));
        Assert.Equal("{}", read["fine"].Json);
    }

    /// <summary>Adds one to the counter <paramref name="times"/> times, reading again on every conflict; the values it wrote.</summary>
    protected static async Task<List<int>> IncrementAsync(IStateStore store, string key, int times)
    {
        var written = new List<int>();
        for (var i = 0; i < times; i++)
        {
            for (var attempt = 1; ; attempt++)
            {
                Assert.True(attempt < 10_000, "an increment met a conflict 10,000 times in a row");
                var read = await store.ReadAsync([key], None);
                var next = Count(read) + 1;
                var result = await store.WriteAsync(Items((key, $"{{\"n\":{next}}}", read[key].ETag)), None);
                if (result.Succeeded)
                {
                    written.Add(next);
                    break;
                }

                await Task.Yield();
            }
        }

        return written;
    }

    protected static Dictionary<string, StoredItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoredItem(i.Json, i.ETag), StringComparer.Ordinal);

    private static int Count(IReadOnlyDictionary<string, StoredItem> read) =>
        JsonDocument.Parse(read.Values.Single().Json).RootElement.GetProperty("n").GetInt32();

    // Every value from 1 to the total was written by exactly one successful write: none lost, none applied twice.
    private static void AssertEachValueWrittenOnce(IEnumerable<List<int>> applied) =>
        Assert.Equal(Enumerable.Range(1, 200), applied.SelectMany(v => v).Order());
}
