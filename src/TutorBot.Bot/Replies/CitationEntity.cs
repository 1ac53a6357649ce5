using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The schema.org <c>Message</c> entity that carries an answer's citations as <c>Claim</c>s (Teams shows them as
/// citation pills on the <c>[n]</c> markers; Web Chat 4.18 renders them too) and, for LLM-written text, the
/// "AI generated" label (<c>additionalType: ["AIGeneratedContent"]</c>).
/// </summary>
internal static class CitationEntity
{
    public const string Type = "https://schema.org/Message";
    private const int MaxName = 80;
    private const int MaxAbstract = 160;

    /// <summary>Null when the answer has neither citations nor LLM text, so nothing needs saying.</summary>
    public static Entity? For(GroundedAnswer answer)
    {
        var aiGenerated = answer.Mode == AnswerMode.Llm;
        if (answer.Citations.Count == 0 && !aiGenerated)
        {
            return null;
        }

        var json = new JObject
        {
            ["type"] = Type,
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
        };
        if (aiGenerated)
        {
            json["additionalType"] = new JArray("AIGeneratedContent");
        }

        json["citation"] = new JArray(answer.Citations.Select(c => Claim(c, answer)));
        return json.ToObject<Entity>();
    }

    private static JObject Claim(Citation citation, GroundedAnswer answer)
    {
        var title = SourceLinks.DisplayTitle(citation, answer.Language);
        var appearance = new JObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Cut(title, MaxName),
            ["abstract"] = Cut($"{citation.EntryId} · {title}", MaxAbstract),
            ["keywords"] = new JArray(citation.EntryId),
        };
        if (SourceLinks.UrlOf(citation) is { } url)
        {
            appearance["url"] = url;
        }

        return new JObject
        {
            ["@type"] = "Claim",
            ["position"] = citation.N,
            ["appearance"] = appearance,
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
