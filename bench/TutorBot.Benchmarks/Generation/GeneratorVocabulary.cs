using TutorBot.Core;
using TutorBot.Core.Knowledge;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// The words generated entries are made of, all taken from the seed knowledge base: concepts (alias groups that
/// name one idea in Chinese and in English), the seed tags, and the clauses of the seed answers.
/// </summary>
internal sealed record GeneratorVocabulary(
    IReadOnlyList<(string Zh, string En)> Concepts,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> ZhClauses)
{
    private static readonly char[] ClauseEnds = ['。', '；', ';', '\n', '!', '！', '?', '？'];

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

        var clauses = seed
            .SelectMany(e => e.Answer.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(c => c.Length is >= 6 and <= 160 && c.Any(LanguageDetector.IsHan))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var tags = seed.SelectMany(e => e.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (concepts.Count < 2 || clauses.Count == 0 || tags.Count == 0)
        {
            throw new InvalidOperationException("the seed knowledge base is too small to generate entries from");
        }

        return new GeneratorVocabulary(concepts, tags, clauses);
    }
}
