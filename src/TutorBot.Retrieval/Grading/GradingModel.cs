using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using TutorBot.Core.Knowledge;
using TutorBot.Retrieval.Analysis;

namespace TutorBot.Retrieval.Grading;

/// <summary>
/// What the coverage grader knows about the knowledge base: the retrieval analysis chain (the same vocabulary,
/// stopwords, stemming and bilingual alias rules as the index) and each analysed term's rarity across the
/// entries (BM25's idf). Built from one snapshot; immutable, thread-safe.
/// </summary>
internal sealed class GradingModel : IDisposable
{
    private readonly Analyzer _plain;
    private readonly Analyzer _expanding;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly int _documents;
    private readonly ConcurrentDictionary<string, HashSet<string>> _entryExpanded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _entryTerms = new(StringComparer.Ordinal);

    public GradingModel(IReadOnlyList<KnowledgeEntry> entries, string aliasesFile)
    {
        var aliases = AliasTable.Load(aliasesFile);
        var vocabulary = ChineseVocabulary.From(aliases.Terms.Concat(entries.SelectMany(e => e.Tags)));
        var (rules, _) = aliases.BuildRules(vocabulary);
        _plain = new BilingualAnalyzer(vocabulary, aliases: null, StopWords.Default);
        _expanding = new BilingualAnalyzer(vocabulary, rules, StopWords.Default);
        Answers = entries.ToDictionary(e => e.Id, e => e.Answer, StringComparer.Ordinal);
        _documents = Math.Max(entries.Count, 1);
        foreach (var entry in entries)
        {
            foreach (var term in Expanded(EntryText(entry)))
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    /// <summary>Everything an entry says, in both languages: what its terms' rarity and an answer's focus are measured on.</summary>
    public static string EntryText(KnowledgeEntry entry) => string.Join("\n",
        new[] { entry.Question, entry.QuestionEn, string.Join("\n", entry.Tags), entry.Answer, entry.AnswerEn }
            .Concat(entry.KeyPoints.SelectMany(p => new[] { p.Zh, p.En }))
            .OfType<string>());

    /// <summary>The answer text of each entry the model was built from, to notice an edited entry.</summary>
    public IReadOnlyDictionary<string, string> Answers { get; }

    /// <summary>The content terms of <paramref name="text"/>, as retrieval's queries see them (no aliases), in order.</summary>
    public IReadOnlyList<string> Terms(string text) => Analyze(_plain, text);

    /// <summary>The content terms of <paramref name="text"/> with every alias of each, as the index stores entries.</summary>
    public HashSet<string> Expanded(string text) => Analyze(_expanding, text).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="Expanded"/> for text taken from the knowledge base (an entry's question, key points, whole text),
    /// analysed once per model: the model is rebuilt when an entry changes. The set is shared: read it only.
    /// </summary>
    public HashSet<string> ExpandedEntryText(string text) => _entryExpanded.GetOrAdd(text, Expanded);

    /// <summary><see cref="Terms"/> for text taken from the knowledge base, analysed once per model.</summary>
    public IReadOnlyList<string> EntryTerms(string text) => _entryTerms.GetOrAdd(text, Terms);

    /// <summary>
    /// Rarity of <paramref name="term"/> across entries. A single Han character says little and weighs half; a
    /// single Latin letter or a bare number (the n, d and 2 of "O(n^2*d)") says less and weighs a quarter.
    /// </summary>
    public double Weight(string term)
    {
        var df = Math.Max(_documentFrequency.GetValueOrDefault(term), 1);
        var idf = Math.Log(1 + ((_documents - df + 0.5) / (df + 0.5)));
        return term.All(char.IsAsciiDigit) || (term.Length == 1 && char.IsAscii(term[0])) ? idf / 4
            : term.Length == 1 ? idf / 2
            : idf;
    }

    /// <summary>True when some entry contains <paramref name="term"/> (with aliases).</summary>
    public bool Known(string term) => _documentFrequency.ContainsKey(term);

    public void Dispose()
    {
        _plain.Dispose();
        _expanding.Dispose();
    }

    // Long answers are graded whole: QueryTerms' cap is for search queries, not for answers.
    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream("grading", new StringReader(MathWords.SpellOut(text)));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (seen.Add(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
