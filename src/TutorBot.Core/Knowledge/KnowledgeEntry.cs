namespace TutorBot.Core.Knowledge;

/// <summary>
/// One reviewed question-and-answer of the knowledge base, as loaded from one file.
/// </summary>
public sealed record KnowledgeEntry
{
    /// <summary>Unique id across the whole knowledge base, e.g. <c>q13</c>. Lower-case letters, digits, '-' and '_'.</summary>
    public required string Id { get; init; }

    /// <summary>The pack (folder under <c>knowledge/</c>) the entry belongs to, e.g. <c>llm-interview</c>.</summary>
    public required string Pack { get; init; }

    /// <summary>The question in its original language, as the source wrote it.</summary>
    public required string Question { get; init; }

    /// <summary>An English rendering of the question; equal in meaning to <see cref="Question"/>. Null when the original is English.</summary>
    public string? QuestionEn { get; init; }

    /// <summary>Topic tags in both languages (e.g. <c>attention</c>, <c>注意力</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>URLs of the page(s) the entry was taken from.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Further reading the source attached to this entry.</summary>
    public IReadOnlyList<Reference> References { get; init; } = [];

    /// <summary>Whether the answer is whole. An incomplete answer is kept as the source had it, never filled in.</summary>
    public EntryStatus Status { get; init; } = EntryStatus.Complete;

    /// <summary>The answer, Markdown, verbatim from the source.</summary>
    public required string Answer { get; init; }

    /// <summary>Path of the file the entry came from, relative to the knowledge root, with '/' separators. Empty for entries built in code.</summary>
    public string File { get; init; } = "";

    /// <summary>The language the question was written in.</summary>
    public Language Language => LanguageDetector.Detect(Question);

    /// <summary>The display title: the question as written.</summary>
    public string Title => Question;
}
