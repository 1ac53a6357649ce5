using Lucene.Net.Index;
using Lucene.Net.Search;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Searching;

namespace TutorBot.Retrieval.Tests.TestSupport;

/// <summary>
/// The Lucene query the engine ran before <see cref="TermQuerySearch"/> replaced it, kept as the reference that
/// TermQuerySearch is held to: per query term, one SHOULD DisjunctionMaxQuery (tie breaker 0.1) of a TermQuery per
/// searched field with the field's boost.
/// </summary>
internal static class ReferenceQuery
{
    public static BooleanQuery Build(QueryTermLookup lookup)
    {
        var query = new BooleanQuery();
        for (var t = 0; t < lookup.Terms.Count; t++)
        {
            var perField = new DisjunctionMaxQuery(ScoreWindow.TieBreaker);
            foreach (var (name, boost) in IndexFields.Searched)
            {
                perField.Add(new TermQuery(new Term(name, lookup.Terms[t]), lookup.Context(name, t)) { Boost = boost });
            }

            query.Add(perField, Occur.SHOULD);
        }

        return query;
    }
}
