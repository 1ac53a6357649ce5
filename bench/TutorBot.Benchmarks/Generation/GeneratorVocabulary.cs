using TutorBot.Core;
using TutorBot.Core.Knowledge;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// The words generated entries are made of, all taken from the seed knowledge base: concepts (alias groups that
/// name one idea in Chinese and in English), the seed tags, the clauses of the seed answers in both languages, and
/// the syllabus topics the seed entries name.
/// </summary>
internal sealed record GeneratorVocabulary(
    IReadOnlyList<(string Zh, string En)> Concepts,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ZhClauses,
    IReadOnlyList<string> EnClauses,
    IReadOnlyList<SyllabusTopic> Topics)
{
    private static readonly char[] ClauseEnds = ['。', '；', ';', '\n', '!', '！', '?', '？'];
    private static readonly string[] EnClauseEnds = [". ", "; ", "\n", "! ", "? "];

    public static GeneratorVocabulary From(IReadOnlyList<KnowledgeEntry> seed, string aliasesFile)
    {
        var concepts = new List<(string, string)>();
        foreach (var line in File.ReadLines(aliasesFile))
        {
            if (line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var terms = line.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var zh = terms.FirstOrDefault(t => t.Any(LanguageDetector.IsHan));
            var en = terms.FirstOrDefault(t => !t.Any(LanguageDetector.IsHan));
            if (zh is not null && en is not null)
            {
                concepts.Add((zh, en));
            }
        }

        const StringSplitOptions Split = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        var zhClauses = Clauses(seed.SelectMany(e => e.Answer.Split(ClauseEnds, Split)), chinese: true);
        var enClauses = Clauses(seed.SelectMany(e => (e.AnswerEn ?? "").Split(EnClauseEnds, Split)), chinese: false);
        var tags = seed.SelectMany(e => e.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var topics = seed.Select(e => e.Topic).OfType<SyllabusTopic>().DistinctBy(t => t.Id).OrderBy(t => t.Order).ToList();
        if (concepts.Count < 2 || zhClauses.Count == 0 || enClauses.Count == 0 || tags.Count == 0 || topics.Count == 0)
        {
            throw new InvalidOperationException("the seed knowledge base is too small to generate entries from");
        }

        return new GeneratorVocabulary(concepts, tags, zhClauses, enClauses, topics);
    }

    // Clauses of the seed answers in one language, without Markdown list or emphasis marks.
    private static List<string> Clauses(IEnumerable<string> pieces, bool chinese) =>
        pieces
            .Select(c => c.TrimStart('-', '*', ' ').Replace("**", "", StringComparison.Ordinal))
            .Where(c => c.Length is >= 6 and <= 160 && c.Any(LanguageDetector.IsHan) == chinese)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
