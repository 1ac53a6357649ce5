namespace TutorBot.Knowledge.Files;

/// <summary>The front-matter field names of a knowledge file, as written in YAML.</summary>
public static class KnowledgeFields
{
    public const string Id = "id";
    public const string Question = "question";
    public const string QuestionEn = "question_en";
    public const string Tags = "tags";
    public const string Sources = "sources";
    public const string References = "references";
    public const string Status = "status";

    /// <summary>The keys of one item of <c>references</c>.</summary>
    public const string ReferenceTitle = "title";

    /// <summary>The keys of one item of <c>references</c>.</summary>
    public const string ReferenceUrl = "url";

    /// <summary>Every field a knowledge file may have, in the order the writer emits them.</summary>
    public static IReadOnlyList<string> All { get; } = [Id, Question, QuestionEn, Tags, Sources, References, Status];

    /// <summary>Every key a reference may have.</summary>
    public static IReadOnlyList<string> ReferenceKeys { get; } = [ReferenceTitle, ReferenceUrl];
}
