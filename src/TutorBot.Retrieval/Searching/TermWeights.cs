using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// The BM25 weight of a term in a searched field, as <see cref="TermQuerySearch"/> scores with it: Lucene's own
/// (<see cref="Similarity.ComputeWeight"/>, then normalised as <c>IndexSearcher.CreateNormalizedWeight</c> does; BM25
/// ignores the query norm, and boosts above the term queries are all 1). It depends only on the index and the term,
/// so a generation's <see cref="TermWeights"/> keeps the weights of the terms it has seen (each holds a 256-entry table)
/// rather than building them for every query; at most <see cref="MaxKept"/>, after which new ones are built each time.
/// A kept weight is only read, which Lucene's BM25 weights allow from many threads.
/// </summary>
internal sealed class TermWeights(IndexSearcher searcher)
{
    /// <summary>Most weights kept per index generation (a term in a field is one).</summary>
    public const int MaxKept = 20_000;

    private readonly ConcurrentDictionary<(int Field, string Term), Similarity.SimWeight> _kept = new();

    /// <summary>The weight of <paramref name="term"/> in field <paramref name="f"/> (an index into <see cref="IndexFields.Searched"/>); <paramref name="context"/> is where the term occurs.</summary>
    public Similarity.SimWeight Get(int f, string term, TermContext context)
    {
        if (_kept.TryGetValue((f, term), out var kept))
        {
            return kept;
        }

        var weight = Compute(searcher, f, term, context);
        if (_kept.Count < MaxKept)
        {
            _kept.TryAdd((f, term), weight);
        }

        return weight;
    }

    /// <summary>The weight, built afresh.</summary>
    public static Similarity.SimWeight Compute(IndexSearcher searcher, int f, string term, TermContext context)
    {
        var (field, boost) = IndexFields.Searched[f];
        var similarity = searcher.Similarity;
        var weight = similarity.ComputeWeight(boost, searcher.CollectionStatistics(field), searcher.TermStatistics(new Term(field, term), context));
        var norm = similarity.QueryNorm(weight.GetValueForNormalization());
        weight.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
        return weight;
    }
}
