using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TutorBot.Core.Feedback;

/// <summary>
/// Votes as JSON lines, the form people review and move them in: one object per line,
/// <c>{"id","time","channel","reaction","question","entries","mode","comment"}</c>, Chinese and other text unescaped.
/// Reads what it writes and the lines older versions appended to <c>feedback.jsonl</c>, which have no <c>id</c>: such a
/// line gets <c>legacy-</c> and a hash of the line, so the same line always yields the same vote.
/// </summary>
public static class FeedbackJsonLines
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One vote as one line (no line break).</summary>
    public static string Format(FeedbackRecord record) => JsonSerializer.Serialize(record, Json);

    /// <summary>The vote on <paramref name="line"/>, or null with <paramref name="problem"/> saying what is wrong with it.</summary>
    public static FeedbackRecord? Parse(string line, out string? problem)
    {
        Line? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Line>(line, Json);
        }
        catch (JsonException e)
        {
            problem = $"not a JSON object ({e.Message})";
            return null;
        }

        problem = parsed switch
        {
            null => "not a JSON object",
            { Time: null } => "no \"time\"",
            { Channel: null or "" } => "no \"channel\"",
            { Reaction: not (FeedbackRecord.Like or FeedbackRecord.Dislike) } => "\"reaction\" is neither like nor dislike",
            { Id: { } id } when !FeedbackRecord.IsValidId(id) => $"\"id\" must be 1 to {FeedbackRecord.MaxIdLength} letters, digits, - or _",
            { Entries: { } entries } when entries.Any(e => e is null) => "\"entries\" holds a null",
            _ => null,
        };
        if (problem is not null)
        {
            return null;
        }

        return new FeedbackRecord(
            parsed!.Id ?? LegacyId(line),
            parsed.Time!.Value,
            parsed.Channel!,
            parsed.Reaction!,
            parsed.Question ?? "",
            parsed.Entries ?? [],
            parsed.Mode ?? "",
            parsed.Comment);
    }

    private static string LegacyId(string line) =>
        "legacy-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line.Trim())))[..32];

    private sealed record Line(string? Id, DateTimeOffset? Time, string? Channel, string? Reaction, string? Question, IReadOnlyList<string>? Entries, string? Mode, string? Comment);
}
