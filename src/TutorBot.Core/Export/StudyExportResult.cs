using TutorBot.Core.Interview;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Export;

/// <summary>
/// The outcome of <see cref="StudyExport.ExportAsync"/>. <see cref="File"/> is set (with at least one note) for
/// <see cref="StudyExportKind.StudyList"/> and <see cref="StudyExportKind.Topic"/> only; the other kinds are answers
/// to show instead of an empty file. <paramref name="Language"/> is the language of the file and of the words around it.
/// </summary>
public sealed record StudyExportResult(StudyExportKind Kind, Language Language)
{
    /// <summary>The Anki import file; null when there is nothing to export.</summary>
    public AnkiExportFile? File { get; init; }

    /// <summary>The exported entries, in file order (weakest first for a study list, id order for a topic).</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];

    /// <summary>The topic as the learner wrote it; null for a study list.</summary>
    public string? RequestedTopic { get; init; }

    /// <summary>The name of the exported topic: the syllabus topic's names, or the tag as written when it matched by tag.</summary>
    public BilingualText? TopicName { get; init; }

    /// <summary>The syllabus topics that can be exported, in syllabus order (for <see cref="StudyExportKind.NothingToStudy"/> and <see cref="StudyExportKind.UnknownTopic"/>).</summary>
    public IReadOnlyList<TopicQuestions> Topics { get; init; } = [];
}
