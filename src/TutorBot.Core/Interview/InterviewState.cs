using System.Text.Json.Serialization;
using TutorBot.Core.Interview.Intents;

namespace TutorBot.Core.Interview;

/// <summary>
/// One mock interview, serialisable as JSON and immutable: each turn of <see cref="InterviewEngine"/> returns a new
/// state. <see cref="QuestionIds"/> are planned at the start, without repeats; <see cref="Index"/> points at the
/// question being asked (equal to the count when all are done); <see cref="Results"/> holds one entry per question
/// already answered or skipped, in order. <see cref="HintsUsed"/> counts the hints taken on the current question.
/// <see cref="PendingStart"/> holds the new interview asked for while this one awaits the "continue?" decision.
/// </summary>
public sealed record InterviewState
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    /// <summary>The topic asked for, as typed; null for any topic.</summary>
    public string? Topic { get; init; }

    public required IReadOnlyList<string> QuestionIds { get; init; }

    public int Index { get; init; }

    public IReadOnlyList<QuestionResult> Results { get; init; } = [];

    public int HintsUsed { get; init; }

    public InterviewStatus Status { get; init; } = InterviewStatus.Active;

    /// <summary>The language TutorBot speaks in this interview (labels, feedback).</summary>
    public Language Language { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public InterviewIntent? PendingStart { get; init; }

    /// <summary>
    /// The channel's id of the message whose answer was graded last (null when unknown, as on the command line). A
    /// channel that delivers that message again (it retries when a reply was lost) is shown that grade again rather
    /// than having the same text graded as the answer to the next question.
    /// </summary>
    public string? GradedMessageId { get; init; }

    /// <summary>The id of the entry being asked, or null when the interview is past its last question.</summary>
    [JsonIgnore]
    public string? CurrentEntryId => Index < QuestionIds.Count ? QuestionIds[Index] : null;

    /// <summary>True while the interview still expects input (an answer or the continue decision).</summary>
    [JsonIgnore]
    public bool IsOpen => Status != InterviewStatus.Finished;
}
