using System.Text.Json.Serialization;

namespace TutorBot.Core.Progress;

/// <summary>One topic of <see cref="ProgressJsonDocument"/>: its id, entry count, asked count and mastery (0 to 1, 3 decimals).</summary>
public sealed record ProgressJsonTopic(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("entries")] int Entries,
    [property: JsonPropertyName("asked")] int Asked,
    [property: JsonPropertyName("mastery")] double Mastery);
