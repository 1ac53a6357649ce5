using Microsoft.Data.Sqlite;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.Tests.Sqlite;

/// <summary>Feedback kept by two hosts over one SQLite file, each with its own store instance.</summary>
public sealed class SqliteFeedbackTests : FeedbackAcrossHostsContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-feedback-").FullName;
    private readonly List<SqliteStateStore> _stores = [];

    protected override IStateStore OpenAnotherStore()
    {
        var store = new SqliteStateStore(Path.Combine(_folder, "state.db"));
        _stores.Add(store);
        return store;
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
