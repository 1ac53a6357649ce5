using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// The best documents for a query's terms, each term searched in every field of <see cref="IndexFields.Searched"/>
/// with that field's boost, scored as Lucene scores a <c>BooleanQuery</c> holding, per term, one SHOULD
/// <c>DisjunctionMaxQuery</c> (tie breaker <see cref="ScoreWindow.TieBreaker"/>) of per-field <c>TermQuery</c>s,
/// which is what this replaced; plus, for every document returned, the fields that hold each term, which is all the
/// coverage test needs.
/// </summary>
/// <remarks>
/// The BM25 statistics, weights and per-field scores are Lucene's own (<see cref="Similarity.ComputeWeight"/>,
/// <see cref="Similarity.GetSimScorer"/>), summed as BooleanScorer sums them (<see cref="ScoreWindow"/>); equal
/// scores keep Lucene's order (lower document first). One difference: where a document holds a term in all three
/// fields, Lucene added the three field scores in an order set by its heap of postings, this adds them in field
/// order, and float addition is not associative, so such a term's score can differ in its last bit (one part in ten
/// million). <c>TermQuerySearchTests</c> hold the two to that. What is saved is Lucene's general machinery: a heap of
/// scorers with virtual calls per posting, a bucket object and a priority-queue test per document; and the coverage
/// test reads postings only for the documents kept (<see cref="TermPresence"/>).
/// </remarks>
internal static class TermQuerySearch
{
    [ThreadStatic]
    private static ScoreWindow? t_window;

    /// <summary>
    /// The best <paramref name="count"/> documents (fewer when fewer match), best first; <paramref name="kept"/> is the
    /// index generation's <see cref="TermWeights"/> (null: every weight is built afresh).
    /// </summary>
    public static Candidate[] Search(IndexSearcher searcher, QueryTermLookup lookup, int count, TermWeights? kept = null)
    {
        var reader = searcher.IndexReader;
        var similarity = searcher.Similarity;
        var weights = Weights(searcher, lookup, kept);
        var top = new TopCandidates(Math.Min(count, Math.Max(reader.MaxDoc, 1)));
        var window = t_window ??= new ScoreWindow(IndexFields.Searched.Length);
        var coord = CoordFactors(similarity, lookup.Terms.Count);
        foreach (var leaf in reader.Leaves)
        {
            window.Score(Postings(leaf, lookup, weights, similarity), coord, leaf.DocBase, top);
        }

        return TermPresence.Mark(reader, lookup, top.Best());
    }

    // The BM25 weight of each term in each field (kept by the generation's TermWeights when given). Null where the
    // field lacks the term.
    private static Similarity.SimWeight?[,] Weights(IndexSearcher searcher, QueryTermLookup lookup, TermWeights? kept)
    {
        var weights = new Similarity.SimWeight?[lookup.Terms.Count, IndexFields.Searched.Length];
        for (var f = 0; f < IndexFields.Searched.Length; f++)
        {
            var field = IndexFields.Searched[f].Name;
            for (var t = 0; t < lookup.Terms.Count; t++)
            {
                var context = lookup.Context(field, t);
                if (context.DocFreq > 0)
                {
                    weights[t, f] = kept?.Get(f, lookup.Terms[t], context) ?? TermWeights.Compute(searcher, f, lookup.Terms[t], context);
                }
            }
        }

        return weights;
    }

    // BooleanWeight's coordination factors (1 for BM25, and 1 whenever the query has a single term).
    private static float[] CoordFactors(Similarity similarity, int terms)
    {
        var factors = new float[terms + 1];
        for (var i = 0; i < factors.Length; i++)
        {
            factors[i] = terms == 1 ? 1f : similarity.Coord(i, terms);
        }

        return factors;
    }

    // Per term the segment holds, last term first: its posting lists in field order, each on its first document.
    private static List<FieldPostings[]> Postings(
        AtomicReaderContext leaf, QueryTermLookup lookup, Similarity.SimWeight?[,] weights, Similarity similarity)
    {
        var terms = new List<FieldPostings[]>(lookup.Terms.Count);
        var lists = new List<FieldPostings>(IndexFields.Searched.Length);
        var enums = ReusedEnums.For(lookup.Reader);
        for (var t = lookup.Terms.Count - 1; t >= 0; t--)
        {
            lists.Clear();
            var bytes = new BytesRef(lookup.Terms[t]);
            for (var f = 0; f < IndexFields.Searched.Length; f++)
            {
                var field = IndexFields.Searched[f].Name;
                if (weights[t, f] is not { } weight || lookup.Context(field, t).Get(leaf.Ord) is not { } state)
                {
                    continue;
                }

                // Positioned from the state the lookup found: no second search of the term dictionary. Every list of
                // the query is read at once, so each has its own slot (the term's number: one list per term and field).
                var termsEnum = enums.Terms(leaf, field)!;
                termsEnum.SeekExact(bytes, state);
                lists.Add(new FieldPostings(t, f, enums.Docs(leaf, field, termsEnum, slot: t), similarity.GetSimScorer(weight, leaf)));
            }

            if (lists.Count > 0)
            {
                terms.Add([.. lists]);
            }
        }

        return terms;
    }
}
