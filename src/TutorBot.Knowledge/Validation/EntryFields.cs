using TutorBot.Core;
using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Validation;

/// <summary>The front-matter values of one file as read, each with the file line it came from (0 when absent).</summary>
internal sealed record EntryFields
{
    public string? Id { get; init; }

    public int IdLine { get; init; }

    public string? Question { get; init; }

    public int QuestionLine { get; init; }

    public string? QuestionEn { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<Reference> References { get; init; } = [];

    public EntryStatus Status { get; init; } = EntryStatus.Complete;

    public string? Topic { get; init; }

    public int TopicLine { get; init; }

    public int Difficulty { get; init; }

    public string? AnswerEn { get; init; }

    public IReadOnlyList<BilingualText> KeyPoints { get; init; } = [];

    public int KeyPointsLine { get; init; }

    public IReadOnlyList<CommonMistake> Mistakes { get; init; } = [];

    public BilingualText? Example { get; init; }
}
