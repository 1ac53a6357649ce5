using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.LoadTest.Traffic;

/// <summary>
/// The knowledge base as the simulated users know it: questions to ask in each language, and for a mock interview
/// question, which entry it is (questions carry no id) and its reference answer, which is graded well.
/// </summary>
internal sealed class Curriculum
{
    private readonly IReadOnlyList<KnowledgeEntry> _entries;

    private Curriculum(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries;
        Chinese = entries.Where(e => e.QuestionEn is not null).Select(e => e.Question).ToList();
        English = entries.Select(e => e.QuestionEn ?? e.Question).ToList();
    }

    /// <summary>Questions as the knowledge base words them in Chinese.</summary>
    public IReadOnlyList<string> Chinese { get; }

    /// <summary>Questions as the knowledge base words them in English.</summary>
    public IReadOnlyList<string> English { get; }

    /// <summary>Questions no entry answers, in both languages: the bot must say so rather than cite anything.</summary>
    public static IReadOnlyList<string> OutOfDomain { get; } =
    [
        "What is the best pizza in Naples?", "明天北京的天气怎么样？", "How do I change a bicycle tyre?",
        "红烧肉怎么做才好吃？", "Who won the 1998 football World Cup?", "怎样给猫剪指甲？",
    ];

    public static async Task<Curriculum> LoadAsync(string knowledgeFolder, CancellationToken cancellationToken)
    {
        var snapshot = await new FileKnowledgeSource(knowledgeFolder).LoadAsync(cancellationToken);
        return new Curriculum(snapshot.Published.ToList());
    }

    /// <summary>The entry whose question (either language) the interview message asks, longest match first.</summary>
    public KnowledgeEntry? AskedIn(string message) => _entries
        .Where(e => message.Contains(e.Question, StringComparison.Ordinal) || (e.QuestionEn is { } en && message.Contains(en, StringComparison.Ordinal)))
        .MaxBy(e => Math.Max(e.Question.Length, e.QuestionEn?.Length ?? 0));
}
