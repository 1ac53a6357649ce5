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

    /// <summary>Citation number <paramref name="n"/> for <paramref name="entry"/>.</summary>
    public static Citation Of(KnowledgeEntry entry, int n = 1) =>
        new(n, entry.Id, entry.Title, entry.QuestionEn, entry.Sources.FirstOrDefault() ?? entry.File) { Tags = entry.Tags };

    /// <summary>A citation of an entry that is no longer in the knowledge base: only its id is known.</summary>
    public static Citation Unknown(string entryId) => new(1, entryId, entryId, null, "");
}
