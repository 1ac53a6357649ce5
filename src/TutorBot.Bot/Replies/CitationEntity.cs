using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Core;
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
    public static Entity? For(GroundedAnswer answer) => For(answer.Citations, answer.Language, answer.Mode == AnswerMode.Llm);

    /// <summary>The entity for <paramref name="citations"/> shown in <paramref name="language"/>; null when there is nothing to say.</summary>
    public static Entity? For(IReadOnlyList<Citation> citations, Language language, bool aiGenerated)
    {
        if (citations.Count == 0 && !aiGenerated)
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

        json["citation"] = new JArray(citations.Select(c => Claim(c, language)));
        return json.ToObject<Entity>();
    }

    private static JObject Claim(Citation citation, Language language)
    {
        var title = SourceLinks.DisplayTitle(citation, language);
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
