using System.Text;
using TutorBot.Core;
using TutorBot.Core.Knowledge;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// Makes realistic bilingual knowledge entries in the curriculum format, deterministically (a seeded Random: the
/// same seed and count give the same entries byte for byte). About 70% are Chinese questions with an English
/// rendering, 30% English-only. Every entry has a Chinese and an English answer, each mixing clauses of the seed
/// answers with sentences about two or three concepts, 40 to 1,500 characters (60% under 250, 10% over 700), in
/// one to four paragraphs; two to four key points and, in half the entries, one common mistake, in both languages;
/// a topic the seed names and a difficulty. No two questions (in either language) are the same under the loader's
/// duplicate-question rule, nor the same as any of <paramref name="askedAlready"/> (the seed's questions): a drawn
/// question that is taken gets a third concept as context, and is drawn again if that is taken too.
/// </summary>
internal sealed class EntryGenerator(GeneratorVocabulary vocabulary, IEnumerable<string> askedAlready, int seed = 20261126)
{
    public const string Pack = "generated";

    private static readonly string[] ZhQuestions =
    [
        "{0}是什么?", "{0}和{1}有什么区别?", "为什么要用{0}?", "{0}的作用是什么?", "如何理解{0}中的{1}?",
        "{0}为什么会影响{1}?", "{0}有哪些常见的问题?", "面试中如何解释{0}和{1}的关系?",
    ];

    private static readonly string[] EnQuestions =
    [
        "What is {0}?", "What is the difference between {0} and {1}?", "Why do we use {0}?", "What does {0} do?",
        "How should we understand {1} in {0}?", "Why does {0} affect {1}?", "What are common problems with {0}?",
        "How would you explain the relation between {0} and {1} in an interview?",
    ];

    private static readonly string[] ZhSentences =
    [
        "{0}的作用是让{1}更稳定。", "{0}和{1}的主要区别在于{2}。", "在实际训练中,{0}通常和{1}一起使用。",
        "如果不使用{0},{1}可能会变差。", "{0}会直接影响{1}的效果。", "理解{0}的关键是{1}。",
    ];

    private static readonly string[] EnSentences =
    [
        "{0} keeps {1} stable during training.", "The main difference between {0} and {1} is {2}.",
        "In practice, {0} is combined with {1} to reduce the cost of {2}.", "Without {0}, {1} tends to get worse.",
        "{0} directly affects how well {1} works.", "The key to understanding {0} is {1}.",
        "A common follow-up question asks how {0} relates to {1}.",
    ];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _asked = [.. askedAlready.Select(Fold)];

    public KnowledgeEntry Next(int number)
    {
        var chinese = _random.NextDouble() < 0.7;
        var (question, questionEn, a) = Question(chinese);
        var tags = new[] { a.Zh, a.En, Pick(vocabulary.Tags) }.Distinct(StringComparer.Ordinal).ToList();
        return new KnowledgeEntry
        {
            Id = $"g{number:D6}",
            Pack = Pack,
            Question = question,
            QuestionEn = questionEn,
            Tags = tags,
            Sources = [$"https://example.com/generated/{number}"],
            Status = EntryStatus.Complete,
            Answer = Answer(chinese: true),
            AnswerEn = Answer(chinese: false),
            KeyPoints = [.. Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Pair())],
            Mistakes = _random.Next(2) == 0 ? [] : [new CommonMistake(Pair(), Pair())],
            Topic = Pick(vocabulary.Topics),
            Difficulty = _random.Next(1, 4),
        };
    }

    private (string Question, string? QuestionEn, (string Zh, string En) Concept) Question(bool chinese)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (a, b) = (Pick(vocabulary.Concepts), Pick(vocabulary.Concepts));
            var question = chinese ? Format(Pick(ZhQuestions), a.Zh, b.Zh) : Format(Pick(EnQuestions), a.En, b.En);
            var questionEn = chinese ? Format(Pick(EnQuestions), a.En, b.En) : null;
            if (attempt > 0)
            {
                var c = Pick(vocabulary.Concepts);
                question += chinese ? $"(结合{c.Zh}来看)" : $" (with {c.En} in mind)";
                questionEn = questionEn is null ? null : $"{questionEn} (with {c.En} in mind)";
            }

            var keys = new[] { question, questionEn }.OfType<string>().Select(Fold).ToList();
            if (keys.Distinct().Count() == keys.Count && !keys.Any(_asked.Contains))
            {
                _asked.UnionWith(keys);
                return (question, questionEn, a);
            }
        }
    }

    // The loader's duplicate-question key: letters and digits only, lower-cased.
    private static string Fold(string question) => new([.. question.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    // One sentence in both languages (a key point, a mistake or why it is wrong).
    private BilingualText Pair() => new(Sentence(chinese: true), Sentence(chinese: false));

    private string Answer(bool chinese)
    {
        var roll = _random.NextDouble();
        var length = roll < 0.6 ? _random.Next(40, 250) : roll < 0.9 ? _random.Next(250, 700) : _random.Next(700, 1500);
        var paragraphs = Math.Clamp(length / 200 + 1, 1, 4);
        var text = new StringBuilder(length + 200);
        while (text.Length < length)
        {
            if (text.Length > 0 && _random.Next(paragraphs + 2) == 0)
            {
                text.Append("\n\n");
            }

            text.Append(Sentence(chinese));
            text.Append(chinese ? "" : " ");
        }

        return text.ToString().Trim();
    }

    private string Sentence(bool chinese)
    {
        var (a, b, c) = (Pick(vocabulary.Concepts), Pick(vocabulary.Concepts), Pick(vocabulary.Concepts));
        if (!chinese)
        {
            return _random.Next(2) == 0
                ? Pick(vocabulary.EnClauses) + "."
                : Format(Pick(EnSentences), a.En, b.En, c.En);
        }

        return _random.Next(2) == 0
            ? Pick(vocabulary.ZhClauses) + "。"
            : Format(Pick(ZhSentences), a.Zh, b.Zh, c.Zh);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Format(string template, params object[] args) => string.Format(template, args);
}
