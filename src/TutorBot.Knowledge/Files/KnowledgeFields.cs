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
    public const string Topic = "topic";
    public const string Difficulty = "difficulty";
    public const string AnswerEn = "answer_en";
    public const string KeyPoints = "key_points";
    public const string Mistakes = "mistakes";
    public const string Example = "example";

    /// <summary>The keys of a bilingual text (a key point, an example).</summary>
    public const string Zh = "zh";

    /// <summary>The keys of a bilingual text (a key point, an example).</summary>
    public const string En = "en";

    /// <summary>The keys of one item of <c>mistakes</c>, beside <see cref="Zh"/> and <see cref="En"/>.</summary>
    public const string WhyZh = "why_zh";

    /// <summary>The keys of one item of <c>mistakes</c>, beside <see cref="Zh"/> and <see cref="En"/>.</summary>
    public const string WhyEn = "why_en";

    /// <summary>The line in an answer body after which the maintainers' own text follows the source's verbatim words.</summary>
    public const string AdditionMarker = "<!-- addition -->";

    /// <summary>The keys of one item of <c>references</c>.</summary>
    public const string ReferenceTitle = "title";

    /// <summary>The keys of one item of <c>references</c>.</summary>
    public const string ReferenceUrl = "url";

    /// <summary>Every field a knowledge file may have, in the order the writer emits them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Id, Question, QuestionEn, Topic, Difficulty, Tags, Sources, References, AnswerEn, KeyPoints, Mistakes, Example, Status];

    /// <summary>Every key a reference may have.</summary>
    public static IReadOnlyList<string> ReferenceKeys { get; } = [ReferenceTitle, ReferenceUrl];
}
