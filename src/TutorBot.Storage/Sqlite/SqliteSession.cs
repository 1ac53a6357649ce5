using Microsoft.Data.Sqlite;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// One open connection to the state database and the commands run on it, each kept by its SQL text. A kept command's
/// statements are prepared on first use and run again on every later use (Microsoft.Data.Sqlite resets them while the
/// text and the connection stay the same), where a new command would prepare them again: under load that preparing,
/// and the commands and statement handles it allocated, were a tenth of a turn's CPU (docs/performance.md, "Third
/// pass"). A session is used by one caller at a time; after an error it is disposed rather than used again.
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    // Commands whose text varies without bound (reads of many keys) are not kept past this many.
    private const int MaxKept = 64;
    private readonly Dictionary<string, SqliteCommand> _kept = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>
    /// Runs <paramref name="use"/> on the kept command for <paramref name="sql"/> in <paramref name="transaction"/>, with
    /// <paramref name="parameters"/> bound by name. A command beyond the kept number is used once and disposed.
    /// </summary>
    public T Run<T>(string sql, SqliteTransaction? transaction, Func<SqliteCommand, T> use, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        var kept = _kept.TryGetValue(sql, out var command);
        if (!kept)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            if (_kept.Count < MaxKept)
            {
                _kept[sql] = command;
                kept = true;
            }
        }

        try
        {
            command!.Transaction = transaction;
            foreach (var (name, value) in parameters)
            {
                if (command.Parameters.Contains(name))
                {
                    command.Parameters[name].Value = value;
                }
                else
                {
                    command.Parameters.AddWithValue(name, value);
                }
            }

            return use(command);
        }
        finally
        {
            if (!kept)
            {
                command!.Dispose();
            }
        }
    }

    /// <summary>Runs <paramref name="sql"/> for its effect.</summary>
    public void Execute(string sql, SqliteTransaction? transaction, params ReadOnlySpan<(string Name, object Value)> parameters) =>
        Run(sql, transaction, static command => command.ExecuteNonQuery(), parameters);

    /// <summary>Disposes the session and keeps its connection out of the pool: after an error it may point at a damaged or vanished file.</summary>
    public void Discard()
    {
        SqliteConnection.ClearPool(connection);
        Dispose();
    }

    public void Dispose()
    {
        foreach (var command in _kept.Values)
        {
            command.Dispose();
        }

        _kept.Clear();
        connection.Dispose();
    }
}
