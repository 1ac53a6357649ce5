using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// The alias groups as <see cref="AliasFilter"/> uses them: a word trie of every analysed alias phrase, each
/// leading to the other phrases of its groups (in file order, each once). The output words are stored in the form
/// the rest of the chain would give them (Porter-stemmed, unless a stopword), so the chain does not stem the same
/// alias words again at every occurrence.
/// </summary>
internal sealed class AliasRules
{
    private AliasRules(Node root) => Root = root;

    /// <summary>The first words of the alias phrases.</summary>
    public Node Root { get; }

    /// <summary>
    /// Rules from analysed groups (each a list of phrases, each phrase its words): every phrase of a group leads to
    /// every other phrase of the group. A phrase in several groups leads to the phrases of all of them.
    /// </summary>
    public static AliasRules From(IEnumerable<IReadOnlyList<string[]>> groups, CharArraySet stopWords)
    {
        var outputs = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var inputs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var input in group)
            {
                var key = string.Join('\0', input);
                inputs.TryAdd(key, input);
                var list = outputs.TryGetValue(key, out var existing) ? existing : outputs[key] = [];
                foreach (var output in group)
                {
                    if (!output.SequenceEqual(input) && !list.Any(o => o.SequenceEqual(output)))
                    {
                        list.Add(output);
                    }
                }
            }
        }

        var root = new Node();
        var stems = new Dictionary<string, AliasWord>(StringComparer.Ordinal);
        foreach (var (key, words) in inputs)
        {
            var node = root;
            foreach (var word in words)
            {
                node = node.Child(word);
            }

            node.Outputs = outputs[key].Select(o => o.Select(w => Final(w, stopWords, stems)).ToArray()).ToArray();
        }

        root.Freeze();
        return new AliasRules(root);
    }

    // What the stop and stem filters after the alias filter would make of the word: a stopword is left for the stop
    // filter; any other word is stemmed now and marked as a keyword so the stemmer leaves it, unless its stem is a
    // stopword (the stop filter looks at the word before stemming, so that word must reach it unstemmed).
    private static AliasWord Final(string word, CharArraySet stopWords, Dictionary<string, AliasWord> cache)
    {
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        var stem = Stem(word);
        var final = stopWords.Contains(word) || stopWords.Contains(stem)
            ? new AliasWord(word, Stemmed: false)
            : new AliasWord(stem, Stemmed: true);
        cache[word] = final;
        return final;
    }

    private static string Stem(string word)
    {
        using var stream = new PorterStemFilter(new KeywordTokenizer(new StringReader(word)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var stem = stream.IncrementToken() ? term.ToString() : word;
        stream.End();
        return stem;
    }

    /// <summary>One word of the trie: the words that may follow it, and the outputs when a phrase ends here.</summary>
    internal sealed class Node
    {
        private Dictionary<string, Node>? _next;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        /// <summary>The other phrases of the groups when an alias phrase ends at this word; null when none does.</summary>
        public AliasWord[][]? Outputs { get; set; }

        public bool HasNext => _next is not null;

        /// <summary>The node for <paramref name="word"/> after this one, or null. No allocation: runs for every token.</summary>
        public Node? Next(ReadOnlySpan<char> word) =>
            _next is not null && _lookup.TryGetValue(word, out var node) ? node : null;

        internal Node Child(string word)
        {
            _next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_next.TryGetValue(word, out var child))
            {
                _next[word] = child = new Node();
            }

            return child;
        }

        internal void Freeze()
        {
            if (_next is null)
            {
                return;
            }

            _lookup = _next.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var child in _next.Values)
            {
                child.Freeze();
            }
        }
    }
}

/// <summary>An output word of an alias, in its final form; <paramref name="Stemmed"/> when already stemmed.</summary>
internal sealed record AliasWord(string Text, bool Stemmed);
