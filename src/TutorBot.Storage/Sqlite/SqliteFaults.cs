using Microsoft.Data.Sqlite;
using TutorBot.Core.State;

namespace TutorBot.Storage.Sqlite;

/// <summary>
/// Turns a failure of SQLite or of the data folder into Core's <see cref="StateStoreUnavailableException"/>, naming the
/// database and the cause. SQLite says "disk full", "read-only" and "corrupt" itself (result codes 13, 8, 11 and 26);
/// for what it only calls an I/O error or "unable to open" (a full disk or a read-only folder before the write-ahead
/// log could be opened), the folder is tried with a small probe file.
/// </summary>
internal static class SqliteFaults
{
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteNotADatabase = 26;
    private const int NoSpaceLeft = 28; // ENOSPC
    private const int ReadOnlyFileSystem = 30; // EROFS

    public static bool Handles(Exception error) => error is SqliteException or IOException or UnauthorizedAccessException;

    public static StateStoreUnavailableException From(Exception error, StateOperation operation, string databasePath)
    {
        var fault = (error as SqliteException)?.SqliteErrorCode switch
        {
            SqliteFull => StateStoreFault.Full,
            SqliteReadOnly => StateStoreFault.ReadOnly,
            SqliteCorrupt or SqliteNotADatabase => StateStoreFault.Corrupt,
            _ => Probe(Path.GetDirectoryName(databasePath)!) ?? Classify(error),
        };
        var cause = fault switch
        {
            StateStoreFault.Full => "the disk is full",
            StateStoreFault.ReadOnly => "the data folder or the database is read-only",
            StateStoreFault.Corrupt => "the database file is damaged (it is left as it is)",
            _ => "the database cannot be used",
        };
        return new StateStoreUnavailableException(fault, operation, $"SQLite state database {databasePath}: {cause} ({error.Message})", error);
    }

    // Writes and removes a small file beside the database; null when that works (the folder is not the problem).
    private static StateStoreFault? Probe(string folder)
    {
        var probe = Path.Combine(folder, $".write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, new byte[8192]);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Classify(ex);
        }
        finally
        {
            try
            {
                File.Delete(probe);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A probe that could not be written cannot be deleted either; nothing to clean.
            }
        }
    }

    private static StateStoreFault Classify(Exception error) => error switch
    {
        UnauthorizedAccessException => StateStoreFault.ReadOnly,
        IOException { HResult: NoSpaceLeft } => StateStoreFault.Full,
        IOException { HResult: ReadOnlyFileSystem } => StateStoreFault.ReadOnly,
        _ => StateStoreFault.Unavailable,
    };
}
