using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TutorBot.Retrieval.Searching;

/// <summary>The distinct content terms of a query, in order, after analysis (stopwords gone, English stemmed).</summary>
internal static class QueryTerms
{
    /// <summary>At most this many terms are searched; a longer message is mostly noise for retrieval.</summary>
    public const int MaxTerms = 48;

    public static IReadOnlyList<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            var value = term.ToString();
            if (!terms.Contains(value))
            {
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }
}
