using System.Globalization;
using System.Text.Json;

namespace TutorBot.Core.State;

/// <summary>
/// Stored documents that cannot be read (damaged JSON, a shape no version of TutorBot wrote) are set aside rather than
/// fail every turn of their user or be overwritten: one write moves the document, verbatim, into
/// <c>damaged/{key}/{time}</c> (with its key, the error and the time) and replaces it with the JSON <c>null</c>, which
/// every reader takes for "nothing stored", conditioned on the damaged version's ETag. The user starts afresh;
/// the damaged text is kept for an operator; other users' documents are not touched.
/// </summary>
public static class DamagedRecords
{
    /// <summary>The key prefix of set-aside documents.</summary>
    public const string Prefix = "damaged/";

    /// <summary>The document that stands for "nothing stored" in place of a set-aside one.</summary>
    public const string Emptied = "null";

    /// <summary>
    /// Reads <paramref name="item"/> as <typeparamref name="T"/>: the value (null for the JSON <c>null</c>), or the error
    /// that makes it unreadable.
    /// </summary>
    public static (T? Value, string? Error) Parse<T>(StoredItem item) where T : class
    {
        try
        {
            return (JsonSerializer.Deserialize<T>(item.Json, StateJson.Options), null);
        }
        // Only what the data causes: System.Text.Json reports bad input (syntax, shape, values, missing required
        // members) as JsonException, and so do TutorBot's converters. Anything else is a bug in TutorBot, which must not
        // set every document of a kind aside.
        catch (JsonException ex)
        {
            return (null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// Sets <paramref name="item"/>, stored under <paramref name="key"/> and unreadable for <paramref name="error"/>,
    /// aside (see the summary). Returns the key it is kept under, or null when <paramref name="key"/> changed since it
    /// was read (nothing was written: read it again).
    /// </summary>
    public static async Task<string?> SetAsideAsync(IStateStore store, string key, StoredItem item, string error, TimeProvider clock, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var aside = $"{Prefix}{key}/{at.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}";
        var kept = JsonSerializer.Serialize(new DamagedRecord(key, error, at, item.Json), StateJson.Options);
        var written = await store.WriteAsync(new Dictionary<string, StoredItem>(StringComparer.Ordinal)
        {
            [aside] = new(kept, StoredItem.CreateOnly),
            [key] = new(Emptied, item.ETag ?? StoredItem.CreateOnly),
        }, cancellationToken);
        return written.Succeeded ? aside : null;
    }
}
