using Microsoft.Data.Sqlite;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.Tests.Sqlite;

/// <summary>The <see cref="IStateStore"/> contract on a fresh SQLite file per test; another instance is another process on that file.</summary>
public sealed class SqliteStateStoreContractTests : StateStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-contract-").FullName;
    private readonly List<SqliteStateStore> _stores = [];

    public SqliteStateStoreContractTests() => Store = OpenAnotherStore();

    protected override IStateStore Store { get; }

    private string DbPath => Path.Combine(_folder, "state.db");

    protected override IStateStore OpenAnotherStore()
    {
        var store = new SqliteStateStore(DbPath);
        _stores.Add(store);
        return store;
    }

    protected override async Task PlantRawAsync(string key, byte[] content)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO state_items (key, json, etag, updated) VALUES ($key, CAST($json AS TEXT), 'planted', '')";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", content);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        _stores.ForEach(s => s.Dispose());
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
