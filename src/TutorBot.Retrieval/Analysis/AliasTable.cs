using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// The bilingual alias file read into Lucene's synonym machinery. Format: one group of equivalent terms per
/// line, separated by commas (ASCII or full-width), e.g. <c>幻觉, hallucination</c>; '#' starts a comment line.
/// Every term of a group is indexed wherever any of them appears. A missing file means no aliases.
/// </summary>
internal sealed record AliasTable(SynonymMap? Map, int Groups, string Hash, IReadOnlyList<KnowledgeProblem> Problems)
{
    public static readonly AliasTable Empty = new(null, 0, "none", []);

    public static AliasTable Load(string path, string displayName)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var bytes = File.ReadAllBytes(path);
        var problems = new List<KnowledgeProblem>();
        var builder = new Builder(new BilingualAnalyzer.AliasInput(StopWords.Default));
        var groups = 0;
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
                problems.Add(new KnowledgeProblem(displayName, i + 1, "an alias line needs at least two terms separated by commas"));
                continue;
            }

            if (builder.AddGroup(terms) is { } error)
            {
                problems.Add(new KnowledgeProblem(displayName, i + 1, error));
                continue;
            }

            groups++;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new AliasTable(groups > 0 ? builder.Build() : null, groups, hash, problems);
    }

    private sealed class Builder(Lucene.Net.Analysis.Analyzer analyzer) : SynonymMap.Parser(dedup: true, analyzer)
    {
        public override void Parse(TextReader reader) => throw new NotSupportedException();

        public string? AddGroup(string[] terms)
        {
            var analyzed = new List<CharsRef>();
            foreach (var term in terms)
            {
                try
                {
                    analyzed.Add(Analyze(term, new CharsRef()));
                }
                catch (ArgumentException)
                {
                    return $"the term \"{term}\" has no searchable words (only stopwords or punctuation)";
                }
            }

            foreach (var input in analyzed)
            {
                foreach (var output in analyzed.Where(o => !o.Equals(input)))
                {
                    Add(input, output, includeOrig: true);
                }
            }

            return null;
        }
    }
}
