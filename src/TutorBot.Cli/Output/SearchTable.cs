using TutorBot.Core;
using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Output;

/// <summary>Search results as a readable table, or an honest "not covered" with near misses.</summary>
internal static class SearchTable
{
    private static readonly BilingualText NothingCovers = new("知识库中没有与此相关的条目。", "Nothing in the knowledge base covers this.");

    private static readonly BilingualText Closest = new("相近的问题：", "Closest questions:");

    public static void Write(TextWriter output, SearchResult result, bool explain)
    {
        if (explain)
        {
            output.WriteLine($"terms: {string.Join(" ", result.Terms)}");
            foreach (var hit in result.Hits.Concat(result.NearMisses))
            {
                output.WriteLine($"  {hit.Entry.Id} coverage {hit.Coverage:P0}, lacks: {string.Join(" ", hit.Unmatched)}");
            }
        }

        if (!result.Found)
        {
            output.WriteLine(NothingCovers.In(result.Language));
            if (result.NearMisses.Count > 0)
            {
                output.WriteLine(Closest.In(result.Language));
                foreach (var miss in result.NearMisses)
                {
                    output.WriteLine($"  {miss.Entry.Id}  {Title(miss, result.Language)}");
                }
            }

            return;
        }

        output.WriteLine($"{"#",-3} {"id",-6} {"score",8} {"cover",6}  question");
        var rank = 1;
        foreach (var hit in result.Hits)
        {
            output.WriteLine($"{rank++,-3} {hit.Entry.Id,-6} {hit.Score,8:F3} {hit.Coverage,6:P0}  {Title(hit, result.Language)}");
        }
    }

    private static string Title(SearchHit hit, Language language) =>
        language == Language.English && hit.Entry.QuestionEn is { Length: > 0 } en && en != hit.Entry.Question
            ? $"{hit.Entry.Question} ({en})"
            : hit.Entry.Question;
}
