using System.Text.Json.Serialization;

namespace TutorBot.Core.Feedback;

/// <summary>
/// One 👍/👎 vote on an answer. <paramref name="Id"/> names it for good (letters, digits, <c>-</c> and <c>_</c>, at
/// most <see cref="MaxIdLength"/>): a new vote gets a time-ordered GUID, a vote imported from an old
/// <c>feedback.jsonl</c> line a hash of that line, so importing the same line twice stores it once.
/// <paramref name="Time"/> is when the vote arrived; its UTC date files it by day. <paramref name="Reaction"/> is
/// <see cref="Like"/> or <see cref="Dislike"/>; <paramref name="Question"/> the question answered (empty when no
/// host remembered the answer); <paramref name="Entries"/> the cited entry ids; <paramref name="Mode"/>
/// <c>extractive</c>, <c>llm</c> or empty when unknown; <paramref name="Comment"/> the user's words when the channel
/// asked for them (Teams), else null.
/// </summary>
public sealed record FeedbackRecord(
    string Id,
    DateTimeOffset Time,
    string Channel,
    string Reaction,
    string Question,
    IReadOnlyList<string> Entries,
    string Mode,
    string? Comment)
{
    public const string Like = "like";
    public const string Dislike = "dislike";
    public const int MaxIdLength = 64;

    /// <summary>A new vote arriving at <paramref name="time"/>, with a fresh id.</summary>
    public static FeedbackRecord New(DateTimeOffset time, string channel, string reaction, string question, IReadOnlyList<string> entries, string mode, string? comment) =>
        new(Guid.CreateVersion7(time).ToString("N"), time, channel, reaction, question, entries, mode, comment);

    /// <summary>The UTC date the vote is filed under.</summary>
    [JsonIgnore]
    public DateOnly Day => DateOnly.FromDateTime(Time.UtcDateTime);

    /// <summary>Whether <paramref name="id"/> can name a record.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
