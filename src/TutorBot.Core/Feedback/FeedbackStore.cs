using System.Globalization;
using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Core.Feedback;

/// <summary>
/// Feedback votes in the <see cref="IStateStore"/>, shared by every host and the command line: one document per vote,
/// <c>feedback/{channel}/{yyyy-MM-dd}/{id}</c> (the UTC date of the vote), and, because the store cannot list keys,
/// one index per day, <c>feedback-day/{yyyy-MM-dd}</c>, naming that day's votes of every channel. A vote and its
/// day's index are written in one write conditioned on the index's ETag, again on fresh state when another host wrote
/// the index in between (up to <see cref="MaxAttempts"/> times, after a short random pause that grows with each
/// attempt, because every vote of a day meets at that one index). Adding is idempotent by key: a vote already stored
/// is not stored again, and one stored but missing from the index (a write cut short on a backend without
/// transactions) is listed on the next try. Votes are kept until someone deletes them.
/// </summary>
public sealed class FeedbackStore(IStateStore store)
{
    /// <summary>How often a write runs before a persistent conflict is given up (<see cref="StateConflictException"/>).</summary>
    public const int MaxAttempts = 10;

    /// <summary>The longest span <see cref="ListAsync"/> reads, in days (one index read per day).</summary>
    public const int MaxDays = 3660;

    private const int ReadBatch = 100;
    private const int WriteBatch = 50;

    /// <summary>The key of one vote.</summary>
    public static string RecordKey(FeedbackRecord record) => StateKey.Of("feedback", record.Channel, DayText(record.Day), record.Id);

    /// <summary>The key of the index of the votes of <paramref name="day"/>.</summary>
    public static string DayKey(DateOnly day) => StateKey.Of("feedback-day", DayText(day));

    /// <summary>Stores one vote; false when a vote with its key was already stored.</summary>
    public async Task<bool> AddAsync(FeedbackRecord record, CancellationToken cancellationToken) =>
        await AddAsync([record], cancellationToken) == 1;

    /// <summary>
    /// Stores the votes not stored yet, a day and up to <see cref="WriteBatch"/> votes per write, and returns how many
    /// were new. Votes with the same key are stored once.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyCollection<FeedbackRecord> records, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var day in records.DistinctBy(RecordKey, StringComparer.Ordinal).GroupBy(r => r.Day).OrderBy(d => d.Key))
        {
            foreach (var chunk in day.Chunk(WriteBatch))
            {
                added += await AddToDayAsync(day.Key, chunk, cancellationToken);
            }
        }

        return added;
    }

    /// <summary>
    /// The votes filed from <paramref name="from"/> to <paramref name="to"/> (UTC dates, both included), of
    /// <paramref name="channel"/> only when given, oldest first. Documents (votes or day indexes) that cannot be read are left out and named.
    /// A span longer than <see cref="MaxDays"/> throws <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public async Task<FeedbackListing> ListAsync(DateOnly from, DateOnly to, string? channel, CancellationToken cancellationToken)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var prefix = channel is null ? null : StateKey.Of("feedback", channel) + "/";
        var keys = new List<string>();
        var records = new List<FeedbackRecord>();
        var damaged = new List<string>();
        foreach (var batch in Enumerable.Range(0, Math.Max(days, 0)).Select(i => DayKey(from.AddDays(i))).Chunk(ReadBatch))
        {
            var indexes = await store.ReadAsync(batch, cancellationToken);
            foreach (var key in batch.Where(indexes.ContainsKey))
            {
                if (ParseIndex(indexes[key].Json) is { } listed)
                {
                    keys.AddRange(listed);
                }
                else
                {
                    damaged.Add(key);
                }
            }
        }

        foreach (var batch in keys.Where(k => prefix is null || k.StartsWith(prefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Chunk(ReadBatch))
        {
            var documents = await store.ReadAsync(batch, cancellationToken);
            foreach (var key in batch.Where(documents.ContainsKey))
            {
                if (TryParse(documents[key].Json) is { } record)
                {
                    records.Add(record);
                }
                else
                {
                    damaged.Add(key);
                }
            }
        }

        return new FeedbackListing(records.OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal).ToList(), damaged);
    }

    private async Task<int> AddToDayAsync(DateOnly day, IReadOnlyList<FeedbackRecord> records, CancellationToken cancellationToken)
    {
        var dayKey = DayKey(day);
        var byKey = records.ToDictionary(RecordKey, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync([dayKey, .. byKey.Keys], cancellationToken);
            read.TryGetValue(dayKey, out var indexItem);
            // A damaged index is replaced by one listing this write's votes: they stay reviewable, the others stay stored.
            var listed = indexItem is null ? [] : ParseIndex(indexItem.Json) ?? [];
            var unlisted = byKey.Keys.Except(listed, StringComparer.Ordinal).ToList();
            var missing = byKey.Where(r => !read.ContainsKey(r.Key)).ToList();
            if (unlisted.Count == 0 && missing.Count == 0)
            {
                return 0;
            }

            var changes = missing.ToDictionary(r => r.Key, r => new StoredItem(JsonSerializer.Serialize(r.Value, StateJson.Options), StoredItem.CreateOnly), StringComparer.Ordinal);
            if (unlisted.Count > 0)
            {
                changes[dayKey] = new(JsonSerializer.Serialize(new DayIndex([.. listed, .. unlisted]), StateJson.Options), indexItem?.ETag ?? StoredItem.CreateOnly);
            }

            var written = await store.WriteAsync(changes, cancellationToken);
            if (written.Succeeded)
            {
                return missing.Count;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }

            // Writers that met at the index try again at different moments rather than meet again.
            await Task.Delay(Random.Shared.Next(0, 10 * attempt), cancellationToken);
        }
    }

    private static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string>? ParseIndex(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<DayIndex>(json, StateJson.Options)?.Keys;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static FeedbackRecord? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FeedbackRecord>(json, StateJson.Options) is { Id: not null, Channel: not null, Reaction: not null } record
                ? record with { Question = record.Question ?? "", Entries = record.Entries ?? [], Mode = record.Mode ?? "" }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record DayIndex(IReadOnlyList<string> Keys);
}
