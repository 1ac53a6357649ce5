using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// The bilingual alias file. Format: one group of equivalent terms per line, separated by commas (ASCII or
/// full-width), e.g. <c>幻觉, hallucination</c>; '#' starts a comment line. Every term of a group is indexed
/// wherever any of them appears. A missing file means no aliases.
/// </summary>
internal sealed record AliasTable(IReadOnlyList<(int Line, string[] Terms)> Groups, string Hash, IReadOnlyList<KnowledgeProblem> Problems)
{
    public static readonly AliasTable Empty = new([], "none", []);

    public string DisplayName { get; init; } = "aliases.txt";

    public static AliasTable Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        var problems = new List<KnowledgeProblem>();
        var groups = new List<(int, string[])>();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var terms = line.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (terms.Length < 2)
            {
                problems.Add(new KnowledgeProblem(name, i + 1, "an alias line needs at least two terms separated by commas"));
                continue;
            }

            groups.Add((i + 1, WithJoinedForms(terms)));
        }

        return new AliasTable(groups, Convert.ToHexStringLower(SHA256.HashData(bytes)), problems) { DisplayName = name };
    }

    /// <summary>
    /// People type CamelCase names in lower case ("layernorm"), which the CamelCase split cannot see, so every
    /// CamelCase term also counts in its lower-case form.
    /// </summary>
    private static string[] WithJoinedForms(string[] terms)
    {
        var joined = terms
            .Where(t => !t.Contains(' ') && t.Skip(1).Any(char.IsUpper) && t.Any(char.IsLower))
            .Select(t => t.ToLowerInvariant());
        return terms.Concat(joined).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every term of every group, for the vocabulary.</summary>
    public IEnumerable<string> Terms => Groups.SelectMany(g => g.Terms);

    /// <summary>
    /// The rules <see cref="AliasFilter"/> expands aliases with, terms analysed as entries are (so it needs the
    /// vocabulary). A term with no searchable words is a problem naming its line.
    /// </summary>
    public (AliasRules? Rules, IReadOnlyList<KnowledgeProblem> Problems) BuildRules(ChineseVocabulary vocabulary)
    {
        var (groups, problems) = Analyze(vocabulary);
        return (groups.Count == 0 ? null : AliasRules.From(groups, StopWords.Default), problems);
    }

    /// <summary>Each group's terms as the words the analysis chain (up to aliases) makes of them.</summary>
    internal (IReadOnlyList<IReadOnlyList<string[]>> Groups, IReadOnlyList<KnowledgeProblem> Problems) Analyze(ChineseVocabulary vocabulary)
    {
        var problems = new List<KnowledgeProblem>();
        var groups = new List<IReadOnlyList<string[]>>();
        using var analyzer = new BilingualAnalyzer.AliasInput(vocabulary, StopWords.Default);
        var parser = new TermAnalysis(analyzer);
        foreach (var (line, terms) in Groups)
        {
            var analyzed = new List<string[]>();
            foreach (var term in terms)
            {
                if (parser.Words(term) is { } words)
                {
                    analyzed.Add(words);
                }
                else
                {
                    problems.Add(new KnowledgeProblem(DisplayName, line, $"the term \"{term}\" has no searchable words (only stopwords or punctuation)"));
                    break;
                }
            }

            if (analyzed.Count == terms.Length)
            {
                groups.Add(analyzed);
            }
        }

        return (groups, problems);
    }

    // Lucene's own analysis of synonym terms (it refuses a term that analyses to nothing or has a gap).
    private sealed class TermAnalysis(Lucene.Net.Analysis.Analyzer analyzer) : SynonymMap.Parser(dedup: true, analyzer)
    {
        public override void Parse(TextReader reader) => throw new NotSupportedException();

        public string[]? Words(string term)
        {
            try
            {
                return Analyze(term, new CharsRef()).ToString().Split(SynonymMap.WORD_SEPARATOR);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}
