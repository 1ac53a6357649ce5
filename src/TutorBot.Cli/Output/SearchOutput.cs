using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Output;

/// <summary>The <c>search --json</c> contract: <c>{"query": "...", "hits": [{"id", "title", "score"}]}</c>, best first.</summary>
internal sealed record SearchOutput(string Query, IReadOnlyList<SearchOutput.Hit> Hits)
{
    public static SearchOutput From(SearchResult result) =>
        new(result.Query, result.Hits.Select(h => new Hit(h.Entry.Id, h.Entry.Title, h.Score)).ToList());

    public sealed record Hit(string Id, string Title, double Score);
}
