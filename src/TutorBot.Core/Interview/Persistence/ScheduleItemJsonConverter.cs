using System.Text.Json;
using System.Text.Json.Serialization;
using TutorBot.Core.Interview.Scheduling;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>
/// Reads and writes a <see cref="ScheduleItem"/> as <c>{entryId, stability, difficulty, lastReview, due, lastScore,
/// reviews, lapses}</c>. An item written by the former Leitner schedule (<c>{entryId, box, due, lastScore,
/// reviews}</c>, no stability) is converted as it is read (<see cref="LeitnerConversion"/>) and written back in the
/// new form with the next save. An item without an entry id, or without a due time, is not a schedule item:
/// <see cref="JsonException"/>.
/// </summary>
public sealed class ScheduleItemJsonConverter : JsonConverter<ScheduleItem>
{
    /// <inheritdoc />
    public override ScheduleItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<Stored>(ref reader, options)
            ?? throw new JsonException("A schedule item is null.");
        if (string.IsNullOrEmpty(stored.EntryId) || stored.Due is not { } due)
        {
            throw new JsonException("A schedule item needs an entryId and a due time.");
        }

        if (stored.Stability is not { } stability || stored.Difficulty is not { } difficulty || stored.LastReview is not { } lastReview)
        {
            return LeitnerConversion.ToFsrs(stored.EntryId, stored.Box ?? 1, due, stored.LastScore ?? 0, stored.Reviews ?? 0);
        }

        return new ScheduleItem(stored.EntryId, stability, difficulty, lastReview, due, stored.LastScore ?? 0, stored.Reviews ?? 0, stored.Lapses ?? 0);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ScheduleItem value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Stored
        {
            EntryId = value.EntryId,
            Stability = value.Stability,
            Difficulty = value.Difficulty,
            LastReview = value.LastReview,
            Due = value.Due,
            LastScore = value.LastScore,
            Reviews = value.Reviews,
            Lapses = value.Lapses,
        }, options);

    // Both forms in one shape; names fixed so the stored form does not depend on the caller's naming policy.
    private sealed class Stored
    {
        [JsonPropertyName("entryId")]
        public string? EntryId { get; init; }

        [JsonPropertyName("stability")]
        public double? Stability { get; init; }

        [JsonPropertyName("difficulty")]
        public double? Difficulty { get; init; }

        [JsonPropertyName("lastReview")]
        public DateTimeOffset? LastReview { get; init; }

        [JsonPropertyName("due")]
        public DateTimeOffset? Due { get; init; }

        [JsonPropertyName("lastScore")]
        public double? LastScore { get; init; }

        [JsonPropertyName("reviews")]
        public int? Reviews { get; init; }

        [JsonPropertyName("lapses")]
        public int? Lapses { get; init; }

        [JsonPropertyName("box"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? Box { get; init; }
    }
}
