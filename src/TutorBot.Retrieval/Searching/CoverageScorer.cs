using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Measures how much of a query an entry covers: each query term weighs its rarity (BM25's idf, with terms the
/// index has never seen weighing most), and counts fully when the entry's question or tags contain it, partly
/// when only the answer does. Out-of-domain questions consist of terms the knowledge base lacks, so they cover
/// little of any entry, whatever the raw BM25 scores say.
/// </summary>
internal sealed class CoverageScorer
{
    private readonly QueryTermLookup _lookup;
    private readonly IReadOnlyList<string> _terms;
    private readonly double[] _weights;
    private readonly double _total;
    private readonly double _answerOnlyCredit;
    private readonly double _unknownTermWeight;

    public CoverageScorer(QueryTermLookup lookup, RetrievalOptions options)
    {
        _answerOnlyCredit = options.AnswerOnlyCredit;
        _unknownTermWeight = options.UnknownTermWeight;
        _lookup = lookup;
        _terms = lookup.Terms;
        _weights = Enumerable.Range(0, _terms.Count).Select(Weight).ToArray();
        _total = _weights.Sum();
    }

    /// <summary>
    /// Coverage, 0 to 1, of each document in <paramref name="docs"/> (global ids), in the same order, with the
    /// query terms each document lacks, and whether any query term is in its question or tags (an entry that only
    /// mentions the query in its answer is not about it).
    /// </summary>
    public (double Coverage, IReadOnlyList<string> Unmatched, bool Anchored)[] Score(IReadOnlyList<int> docs)
    {
        var credit = new double[docs.Count, _terms.Count];
        var inDocOrder = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        foreach (var (field, full) in new[] { (Indexing.IndexFields.Answer, _answerOnlyCredit), (Indexing.IndexFields.Tags, 1.0), (Indexing.IndexFields.Question, 1.0) })
        {
            var enums = new FieldEnums();
            for (var t = 0; t < _terms.Count; t++)
            {
                // A lone character found only somewhere in an answer (参 in 参数) is almost always part of another
                // word there: it earns half the answer credit.
                var value = full < 1.0 && _terms[t].Length == 1 ? full / 2 : full;
                MarkPresence(field, t, docs, inDocOrder, value, credit, enums);
            }
        }

        var result = new (double, IReadOnlyList<string>, bool)[docs.Count];
        for (var d = 0; d < docs.Count; d++)
        {
            double covered = 0;
            var anchored = false;
            var unmatched = new List<string>();
            for (var t = 0; t < _terms.Count; t++)
            {
                covered += _weights[t] * credit[d, t];
                anchored |= credit[d, t] >= 1.0;
                if (credit[d, t] == 0)
                {
                    unmatched.Add(_terms[t]);
                }
            }

            result[d] = (_total > 0 ? covered / _total : 0, unmatched, anchored);
        }

        return result;
    }

    // The enumerators of one field, one pair per segment, reused from term to term instead of allocated per term.
    private sealed class FieldEnums
    {
        public Dictionary<int, (TermsEnum Terms, DocsEnum? Docs)> BySegment { get; } = [];
    }

    private void MarkPresence(string field, int t, IReadOnlyList<int> docs, int[] inDocOrder, double value, double[,] credit, FieldEnums enums)
    {
        var context = _lookup.Context(field, t);
        if (context.DocFreq == 0)
        {
            return;
        }

        var bytes = new BytesRef(_terms[t]);
        foreach (var leaf in _lookup.Reader.Leaves)
        {
            // Positioned from the state the lookup found, so no second search of the term dictionary.
            if (context.Get(leaf.Ord) is not { } state || leaf.AtomicReader.GetTerms(field) is not { } fieldTerms)
            {
                continue;
            }

            var (termsEnum, reuse) = enums.BySegment.TryGetValue(leaf.Ord, out var pair) ? pair : (fieldTerms.GetEnumerator(), null);
            termsEnum.SeekExact(bytes, state);
            var postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, reuse, DocsFlags.NONE);
            enums.BySegment[leaf.Ord] = (termsEnum, postings);
            foreach (var d in inDocOrder)
            {
                var local = docs[d] - leaf.DocBase;
                if (local < 0 || local >= leaf.AtomicReader.MaxDoc)
                {
                    continue;
                }

                var at = postings.DocID >= local ? postings.DocID : postings.Advance(local);
                if (at == local)
                {
                    credit[d, t] = Math.Max(credit[d, t], value);
                }
                else if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
            }
        }
    }

    // BM25's idf. A Chinese term no entry has is often a fragment of a paraphrase the segmenter cut oddly, so it
    // weighs a share of the rarest possible known term; an unknown English word (guitar, LoRA) is a clean token
    // naming something the knowledge base lacks and weighs as much as the rarest known term. A single character
    // (头, 量, x) says little on its own and weighs half; a bare number (the 8 of "8 KV heads", the 7 of "7B")
    // says less and weighs a quarter.
    private double Weight(int t)
    {
        var n = Math.Max(_lookup.Reader.NumDocs, 1);
        var df = Indexing.IndexFields.Searched.Max(f => _lookup.DocFreq(f.Name, t));
        var unknownShare = _terms[t].All(char.IsAsciiLetter) ? 1.0 : _unknownTermWeight;
        var weight = df == 0 ? unknownShare * Idf(n, 1) : Idf(n, df);
        return _terms[t].All(char.IsAsciiDigit) ? weight / 4
            : _terms[t].Length == 1 ? weight / 2
            : weight;
    }

    private static double Idf(int n, int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}
