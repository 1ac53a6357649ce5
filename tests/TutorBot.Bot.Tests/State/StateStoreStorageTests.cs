using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TutorBot.Bot.State;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Bot.Tests.State;

public sealed class StateStoreStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-storage-").FullName;

    private string DatabasePath => Path.Combine(_folder, "state.db");

    [Fact]
    public async Task StaleETagThrowsTheExceptionMemoryStorageThrows()
    {
        var expected = await Assert.ThrowsAnyAsync<Exception>(() => WriteWithStaleETagAsync(new MemoryStorage()));
        using var store = new SqliteStateStore(DatabasePath);

        var actual = await Assert.ThrowsAnyAsync<Exception>(() => WriteWithStaleETagAsync(new StateStoreStorage(store)));

        Assert.IsAssignableFrom(expected.GetType(), actual);
        Assert.Contains("Etag conflict", actual.Message);
        var kept = (Note)(await new StateStoreStorage(store).ReadAsync(["note"]))["note"];
        Assert.Equal("second", kept.Text);
    }

    [Fact]
    public async Task StarOrMissingETagOverwritesWhateverIsStored()
    {
        using var store = new SqliteStateStore(DatabasePath);
        var storage = new StateStoreStorage(store);
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "first" } });
        var read = (Note)(await storage.ReadAsync(["note"]))["note"];
        read.Text = "second";
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = read });

        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "star", ETag = "*" } });
        Assert.Equal("star", ((Note)(await storage.ReadAsync(["note"]))["note"]).Text);
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "no etag" } });
        Assert.Equal("no etag", ((Note)(await storage.ReadAsync(["note"]))["note"]).Text);
    }

    [Fact]
    public async Task BotStateIsDurableAcrossInstancesWithItsTypes()
    {
        using (var store = new SqliteStateStore(DatabasePath))
        {
            var state = new ConversationState(new StateStoreStorage(store));
            var turn = Turn();
            var interviews = await state.CreateProperty<ConversationInterviews>("interviews").GetAsync(turn, () => new ConversationInterviews());
            interviews.ByUser["user-1"] = "{\"id\":\"x\"}";
            await state.CreateProperty<int>("count").SetAsync(turn, 3);
            await state.SaveChangesAsync(turn);
        }

        using var reopened = new SqliteStateStore(DatabasePath);
        var again = new ConversationState(new StateStoreStorage(reopened));
        var next = Turn();
        await again.LoadAsync(next);

        var loaded = await again.CreateProperty<ConversationInterviews>("interviews").GetAsync(next, () => new ConversationInterviews());
        Assert.Equal("{\"id\":\"x\"}", loaded.ByUser["user-1"]);
        Assert.Equal(3, await again.CreateProperty<int>("count").GetAsync(next, () => 0));
        var raw = (await new StateStoreStorage(reopened).ReadAsync(["test/conversations/conv-1"]))["test/conversations/conv-1"];
        Assert.IsType<ConversationInterviews>(((IDictionary<string, object>)raw)["interviews"]);
    }

    [Fact]
    public async Task MissingKeysAreAbsentAndDeletesRemove()
    {
        using var store = new SqliteStateStore(DatabasePath);
        var storage = new StateStoreStorage(store);
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a" } });

        Assert.Equal(["a"], (await storage.ReadAsync(["a", "b"])).Keys);
        await storage.DeleteAsync(["a", "b"]);
        Assert.Empty(await storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task StoredTypeNamesOutsideTrustedAssembliesAreRefused()
    {
        using var store = new SqliteStateStore(DatabasePath);
        await store.WriteAsync(new Dictionary<string, StoredItem>
        {
            ["evil"] = new("{\"$type\":\"System.Diagnostics.Process, System.Diagnostics.Process\"}"),
        }, CancellationToken.None);

        await Assert.ThrowsAsync<JsonSerializationException>(() => new StateStoreStorage(store).ReadAsync(["evil"]));
    }

    private static async Task WriteWithStaleETagAsync(IStorage storage)
    {
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = new Note { Text = "first" } });
        var read = (Note)(await storage.ReadAsync(["note"]))["note"];
        Assert.NotNull(read.ETag);
        read.Text = "second";
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = read });
        read.Text = "third"; // still holds the ETag of the first version
        await storage.WriteAsync(new Dictionary<string, object> { ["note"] = read });
    }

    private static TurnContext Turn() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: "conv-1"),
        From = new ChannelAccount("user-1"),
        Recipient = new ChannelAccount("bot"),
    });

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

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public string? ETag { get; set; }
    }
}
