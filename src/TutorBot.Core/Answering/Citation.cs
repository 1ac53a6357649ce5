using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Answering;

/// <summary>
/// A source an answer cites. <paramref name="N"/> is the 1-based marker used in the answer text (<c>[1]</c>);
/// <paramref name="Source"/> is the entry's first source URL, or its file when it has none (empty when neither is known).
/// <see cref="Tags"/> are the entry's topics, for channels that suggest related questions.
/// </summary>
public sealed record Citation(int N, string EntryId, string Title, string? TitleEn, string Source)
{
    /// <summary>The cited entry's tags, in both languages; empty when the entry is not known.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The cited entry's syllabus topic; null when it has none or is not known.</summary>
    public SyllabusTopic? Topic { get; init; }

    /// <summary>The cited entry's difficulty, 1 to 3; 0 when not given or not known.</summary>
    public int Difficulty { get; init; }

    /// <summary>
    /// Citation number <paramref name="n"/> for <paramref name="entry"/>. The source is the page the entry was taken
    /// from, else its first reference, else its file.
    /// </summary>
    public static Citation Of(KnowledgeEntry entry, int n = 1) =>
        new(n, entry.Id, entry.Title, entry.QuestionEn, entry.Sources.FirstOrDefault() ?? entry.References.FirstOrDefault(r => r.Url is not null)?.Url ?? entry.File)
        {
            Tags = entry.Tags,
            Topic = entry.Topic,
            Difficulty = entry.Difficulty,
        };

    /// <summary>A citation of an entry that is no longer in the knowledge base: only its id is known.</summary>
    public static Citation Unknown(string entryId) => new(1, entryId, entryId, null, "");
}
