using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Lucene's <c>StopFilter</c> (the same position gaps where a stopword was removed) with its lookup done by a
/// <see cref="StopWordLookup"/>.
/// </summary>
internal sealed class StopWordFilter : FilteringTokenFilter
{
    private readonly StopWordLookup _stopWords;
    private readonly ICharTermAttribute _term;

    public StopWordFilter(TokenStream input, StopWordLookup stopWords)
        : base(BilingualAnalyzer.Lucene, input)
    {
        _stopWords = stopWords;
        _term = AddAttribute<ICharTermAttribute>();
    }

    protected override bool Accept() => !_stopWords.Contains(_term.Buffer, _term.Length);
}
