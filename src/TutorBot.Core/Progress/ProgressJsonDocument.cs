using System.Text.Json.Serialization;

namespace TutorBot.Core.Progress;

/// <summary>
/// The machine-readable progress report, exactly
/// <c>{"user", "due_now", "due_week", "topics": [{"topic", "entries", "asked", "mastery"}]}</c>;
/// <c>due_week</c> includes <c>due_now</c> (see <see cref="ProgressReport.DueWithinWeek"/>).
/// </summary>
public sealed record ProgressJsonDocument(
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("due_now")] int DueNow,
    [property: JsonPropertyName("due_week")] int DueWeek,
    [property: JsonPropertyName("topics")] IReadOnlyList<ProgressJsonTopic> Topics);
