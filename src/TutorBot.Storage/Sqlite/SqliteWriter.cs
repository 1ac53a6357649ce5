using Microsoft.Data.Sqlite;
using TutorBot.Core.State;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// The one writer of a <see cref="SqliteStateStore"/> in this process, on a thread of its own. Writes from concurrent
/// turns queue here and are applied in batches (group commit): one immediate transaction, each write in a savepoint
/// of its own (a write with a stale ETag rolls back alone), one commit and so one sync for the whole batch. Each
/// caller's task completes only after the commit holding its write, so a completed write is as durable as before.
/// Without this, concurrent turns each opened a transaction and waited for SQLite's write lock in
/// Microsoft.Data.Sqlite's busy loop, which sleeps on thread-pool threads (docs/performance.md, "Load").
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    /// <summary>Most writes in one transaction; more wait for the next.</summary>
    public const int MaxBatch = 256;

    private readonly Func<SqliteConnection> _open;
    // Guarded by _gate. The writer thread sleeps in Monitor.Wait while it is empty: blocking on a task instead spun
    // the thread first (6% of the host's CPU under load).
    private readonly Queue<PendingWrite> _queue = new();
    private readonly object _gate = new();
    private bool _closed;
    private readonly Thread _thread;
    private long _commits;
    // The writer thread's own connection, kept between batches with its statements prepared; dropped after an error
    // so that the next batch opens the file afresh (a repaired file or folder is then used).
    private SqliteSession? _session;

    public SqliteWriter(Func<SqliteConnection> open)
    {
        _open = open;
        _thread = new Thread(Run) { IsBackground = true, Name = "TutorBot SQLite writer" };
        _thread.Start();
    }

    /// <summary>Transactions committed so far (for tests: concurrent writes share commits).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    public Task<StateWriteResult> WriteAsync(IReadOnlyDictionary<string, StoredItem> changes, CancellationToken cancellationToken) =>
        EnqueueAsync(new PendingWrite(changes, null), cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        EnqueueAsync(new PendingWrite(null, keys), cancellationToken);

    private Task<StateWriteResult> EnqueueAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, typeof(SqliteStateStore));
            _queue.Enqueue(write);
            if (_queue.Count == 1)
            {
                Monitor.Pulse(_gate);
            }
        }

        // A caller that stops waiting does not undo the write: it may already be committed.
        return write.Done.Task.WaitAsync(cancellationToken);
    }

    private void Run()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (NextBatch(batch))
        {
            try
            {
                ApplyTogether(batch);
            }
            catch (Exception)
            {
                // The batch as a whole failed (a full disk, a broken file): apply each write alone, so each caller
                // gets its own outcome and one bad write cannot fail the others.
                foreach (var write in batch)
                {
                    try
                    {
                        ApplyTogether([write]);
                    }
                    catch (Exception ex)
                    {
                        write.Done.TrySetException(ex);
                    }
                }
            }

            batch.Clear();
        }

        DropSession();
    }

    // Waits for writes and takes up to MaxBatch of them; false once closed with nothing left to write.
    private bool NextBatch(List<PendingWrite> batch)
    {
        lock (_gate)
        {
            while (_queue.Count == 0)
            {
                if (_closed)
                {
                    return false;
                }

                Monitor.Wait(_gate);
            }

            while (batch.Count < MaxBatch && _queue.TryDequeue(out var write))
            {
                batch.Add(write);
            }

            return true;
        }
    }

    private void ApplyTogether(IReadOnlyList<PendingWrite> batch)
    {
        var session = _session ??= new SqliteSession(_open());
        var results = new StateWriteResult[batch.Count];
        try
        {
            using var transaction = session.Connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                session.Execute("SAVEPOINT write;", transaction);
                results[i] = batch[i].Apply(session, transaction);
                session.Execute(results[i].Succeeded ? "RELEASE write;" : "ROLLBACK TO write; RELEASE write;", transaction);
            }

            transaction.Commit();
        }
        catch
        {
            DropSession();
            throw;
        }

        Interlocked.Increment(ref _commits);

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(results[i]);
        }
    }

    private void DropSession()
    {
        if (_session is { } session)
        {
            _session = null;
            session.Discard();
        }
    }

    internal static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Stops taking writes, applies those queued, and closes the connection.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join(TimeSpan.FromSeconds(30));
    }
}
