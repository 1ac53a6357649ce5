using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Measures how much of a query an entry covers: each query term weighs its rarity (BM25's idf, with terms the
/// index has never seen weighing most), and counts fully when the entry's question or tags contain it, partly
/// when only the answer does. Out-of-domain questions consist of terms the knowledge base lacks, so they cover
/// little of any entry, whatever the raw BM25 scores say.
/// </summary>
internal sealed class CoverageScorer
{
    /// <summary>Credit for a term found only in an entry's answer, not its question or tags.</summary>
    public const double AnswerOnlyCredit = 0.6;

    private readonly IndexReader _reader;
    private readonly IReadOnlyList<string> _terms;
    private readonly double[] _weights;
    private readonly double _total;

    public CoverageScorer(IndexReader reader, IReadOnlyList<string> terms)
    {
        _reader = reader;
        _terms = terms;
        _weights = terms.Select(Weight).ToArray();
        _total = _weights.Sum();
    }

    /// <summary>Coverage, 0 to 1, of each document in <paramref name="docs"/> (global ids), in the same order.</summary>
    public double[] Score(IReadOnlyList<int> docs)
    {
        var credit = new double[docs.Count, _terms.Count];
        foreach (var (field, full) in new[] { (Indexing.IndexFields.Answer, AnswerOnlyCredit), (Indexing.IndexFields.Tags, 1.0), (Indexing.IndexFields.Question, 1.0) })
        {
            for (var t = 0; t < _terms.Count; t++)
            {
                MarkPresence(field, _terms[t], docs, t, full, credit);
            }
        }

        var result = new double[docs.Count];
        for (var d = 0; d < docs.Count; d++)
        {
            double covered = 0;
            for (var t = 0; t < _terms.Count; t++)
            {
                covered += _weights[t] * credit[d, t];
            }

            result[d] = _total > 0 ? covered / _total : 0;
        }

        return result;
    }

    private void MarkPresence(string field, string text, IReadOnlyList<int> docs, int t, double value, double[,] credit)
    {
        var term = new Term(field, text);
        foreach (var leaf in _reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermDocsEnum(term);
            if (postings is null)
            {
                continue;
            }

            foreach (var d in Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]))
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

    private double Weight(string text)
    {
        var n = Math.Max(_reader.NumDocs, 1);
        var df = Indexing.IndexFields.Searched.Max(f => _reader.DocFreq(new Term(f.Name, text)));
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
