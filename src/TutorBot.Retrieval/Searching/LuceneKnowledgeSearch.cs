using Microsoft.Extensions.Caching.Memory;
using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// BM25 over the question (both languages), tags and answer fields, then abstention by coverage: an entry is a
/// hit only when it covers at least <see cref="RetrievalOptions.MinCoverage"/> of the query's content and its
/// question or tags hold at least one query term (an entry that merely mentions "Mamba" in its answer is not an
/// answer to "what is Mamba?"; it is offered as "did you mean").
/// </summary>
internal sealed class LuceneKnowledgeSearch(IndexHolder holder, LuceneKnowledgeIndex index, RetrievalOptions options) : IKnowledgeSearch
{
    private const int NearMissLimit = 3;

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var text = query.Text ?? "";
        if (text.Length > options.MaxQueryChars)
        {
            // Cut at a space when there is one near the limit, so the last word is not a fragment the index lacks.
            var cut = text.LastIndexOf(' ', options.MaxQueryChars);
            text = text[..(cut > options.MaxQueryChars / 2 ? cut : options.MaxQueryChars)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchResult(query.Text ?? "", [], []);
        }

        await index.EnsureLoadedAsync(cancellationToken);
        var open = holder.Acquire();
        if (open is null)
        {
            return new SearchResult(query.Text ?? "", [], []);
        }

        try
        {
            var key = (text, query.Top);
            if (query.Reusable && open.ReusableResults.TryGetValue(key, out SearchResult? reused))
            {
                return reused!;
            }

            var terms = QueryTerms.Analyze(open.QueryAnalyzer, text);
            var result = terms.Count == 0
                ? new SearchResult(query.Text ?? "", [], [])
                : Search(open, query with { Text = query.Text ?? "" }, terms);
            if (query.Reusable)
            {
                open.ReusableResults.Set(key, result, new MemoryCacheEntryOptions { Size = 1 });
            }

            return result;
        }
        finally
        {
            open.Release();
        }
    }

    private SearchResult Search(OpenIndex open, SearchQuery query, IReadOnlyList<string> terms)
    {
        var top = Math.Clamp(query.Top, 1, 100);
        var lookup = new QueryTermLookup(open.Reader, terms, IndexFields.Searched.Select(f => f.Name));
        var candidates = TermQuerySearch.Search(open.Searcher, lookup, Math.Max(top * 4, 20), open.Weights);
        if (candidates.Length == 0)
        {
            return new SearchResult(query.Text, [], []) { Terms = terms };
        }

        var coverage = new CoverageScorer(lookup, options).Score(candidates);
        var ranked = candidates
            .Select((c, i) => (c.Doc, Score: c.Score * coverage[i].Coverage, coverage[i].Coverage, coverage[i].Unmatched, coverage[i].Anchored))
            .ToList();

        // Equal scores go by entry id: documents are numbered in whatever order the build's threads added them.
        ranked.Sort((a, b) => a.Score != b.Score
            ? b.Score.CompareTo(a.Score)
            : string.CompareOrdinal(open.Entry(a.Doc).Id, open.Entry(b.Doc).Id));

        SearchHit ToHit((int Doc, double Score, double Coverage, IReadOnlyList<string> Unmatched, bool Anchored) c) =>
            new(open.Entry(c.Doc), Math.Round(c.Score, 4), Math.Round(c.Coverage, 3)) { Unmatched = c.Unmatched };

        // A query made only of lone characters ("怎么调参" leaves 参) names nothing: at most "did you mean".
        var substantive = terms.Any(t => t.Length > 1);
        bool IsHit((int Doc, double Score, double Coverage, IReadOnlyList<string> Unmatched, bool Anchored) c) =>
            substantive && c.Coverage >= options.MinCoverage && c.Anchored;

        var hits = ranked.Where(IsHit).Take(top).Select(ToHit).ToList();
        var nearMisses = ranked.Where(c => !IsHit(c) && c.Coverage >= options.NearMissCoverage)
            .Take(NearMissLimit).Select(ToHit).ToList();
        return new SearchResult(query.Text, hits, nearMisses) { Terms = terms };
    }
}
