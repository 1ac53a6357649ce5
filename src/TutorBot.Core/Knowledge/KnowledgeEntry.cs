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

    /// <summary>
    /// The Chinese answer, Markdown. For an entry taken from a source, the source's words verbatim, followed by the
    /// maintainers' addition under a visible label when the file has one.
    /// </summary>
    public required string Answer { get; init; }

    /// <summary>The English answer, Markdown, complete on its own; null for entries that predate the curriculum format.</summary>
    public string? AnswerEn { get; init; }

    /// <summary>What an interviewer listens for, 2 to 6 points in both languages; empty for entries without them.</summary>
    public IReadOnlyList<BilingualText> KeyPoints { get; init; } = [];

    /// <summary>Wrong beliefs about this question, 0 to 3, each with why it is wrong.</summary>
    public IReadOnlyList<CommonMistake> Mistakes { get; init; } = [];

    /// <summary>A short worked example in both languages, or null when the entry has none.</summary>
    public BilingualText? Example { get; init; }

    /// <summary>The syllabus topic, or null for entries without one (built in code, or drafts).</summary>
    public SyllabusTopic? Topic { get; init; }

    /// <summary>1 basic, 2 standard, 3 advanced; 0 when not given.</summary>
    public int Difficulty { get; init; }

    /// <summary>Path of the file the entry came from, relative to the knowledge root, with '/' separators. Empty for entries built in code.</summary>
    public string File { get; init; } = "";

    /// <summary>The language the question was written in.</summary>
    public Language Language => LanguageDetector.Detect(Question);

    /// <summary>The display title: the question as written.</summary>
    public string Title => Question;

    /// <summary>The answer in <paramref name="language"/> when the entry has it, else the answer as written.</summary>
    public string AnswerIn(Language language) =>
        language == Language.English && !string.IsNullOrWhiteSpace(AnswerEn) ? AnswerEn : Answer;

    /// <summary>The question in <paramref name="language"/> when the entry has it, else as written.</summary>
    public string QuestionIn(Language language) =>
        language == Language.English && !string.IsNullOrWhiteSpace(QuestionEn) ? QuestionEn : Question;
}
