using System.Text.Json;

namespace TutorBot.Core.Progress;

/// <summary>The JSON form of a <see cref="ProgressReport"/> (<c>tutorbot progress --json</c> and the like).</summary>
public static class ProgressJson
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>The document for <paramref name="report"/>: every topic of the report, syllabus order, empty ones included.</summary>
    public static ProgressJsonDocument ToDocument(ProgressReport report) =>
        new(report.UserId, report.DueNow, report.DueWithinWeek,
            report.Topics.Select(t => new ProgressJsonTopic(t.TopicId, t.Entries, t.Asked, Math.Round(t.Mastery, 3))).ToList());

    /// <summary>The report as JSON text, UTF-16, non-ASCII left readable.</summary>
    public static string Serialize(ProgressReport report, bool indented = false) =>
        JsonSerializer.Serialize(ToDocument(report), indented ? Indented : Compact);
}
