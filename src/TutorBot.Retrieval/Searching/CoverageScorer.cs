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
    /// Coverage, 0 to 1, of each candidate, in the same order, with the query terms each candidate lacks, and whether
    /// any query term is in its question or tags (an entry that only mentions the query in its answer is not about it).
    /// </summary>
    public (double Coverage, IReadOnlyList<string> Unmatched, bool Anchored)[] Score(IReadOnlyList<Candidate> candidates)
    {
        var result = new (double, IReadOnlyList<string>, bool)[candidates.Count];
        for (var d = 0; d < candidates.Count; d++)
        {
            var candidate = candidates[d];
            double covered = 0;
            var anchored = false;
            var unmatched = new List<string>();
            for (var t = 0; t < _terms.Count; t++)
            {
                var credit = Credit(candidate, t);
                covered += _weights[t] * credit;
                anchored |= credit >= 1.0;
                if (credit == 0)
                {
                    unmatched.Add(_terms[t]);
                }
            }

            result[d] = (_total > 0 ? covered / _total : 0, unmatched, anchored);
        }

        return result;
    }

    // Full credit for a term in the question or tags; in the answer only, the answer credit. A lone character found
    // only somewhere in an answer (参 in 参数) is almost always part of another word there: it earns half of that.
    private double Credit(in Candidate candidate, int t)
    {
        var bit = 1UL << t;
        if (((candidate.InQuestion | candidate.InTags) & bit) != 0)
        {
            return 1.0;
        }

        if ((candidate.InAnswer & bit) == 0)
        {
            return 0;
        }

        return _terms[t].Length == 1 && _answerOnlyCredit < 1.0 ? _answerOnlyCredit / 2 : _answerOnlyCredit;
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
