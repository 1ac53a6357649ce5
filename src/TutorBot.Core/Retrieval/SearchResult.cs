namespace TutorBot.Core.Retrieval;

/// <summary>
/// The outcome of a search. <see cref="Hits"/> is best first and empty when nothing in the knowledge base is
/// relevant: that is an answer ("not covered"), not an error. <see cref="NearMisses"/> holds entries that shared
/// some content with the query but too little to count as relevant, best first, for "did you mean" offers.
/// </summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchHit> NearMisses)
{
    /// <summary>The query's content terms as the engine analysed them (stopwords removed, English stemmed).</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>True when at least one entry is relevant.</summary>
    public bool Found => Hits.Count > 0;

    /// <summary>The language the query was written in.</summary>
    public Language Language => LanguageDetector.Detect(Query);
}
