using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// Finds markup in what the bot sent that a renderer would run or follow: a raw <c>&lt;script</c>, a raw tag with an
/// event handler, or a <c>javascript:</c> link (markdown inline link or image, reference definition, autolink, HTML
/// anchor). Escaped forms (<c>&amp;lt;script</c>, <c>\[x\]\(javascript:…</c>; a character is escaped by an odd number
/// of backslashes) and the plain words are fine.
/// </summary>
internal static partial class UnsafeMarkup
{
    private static readonly string[] CardTextProperties = ["text", "title", "value"];

    /// <summary>What is unsafe in the bot activity <paramref name="activity"/> (its text, card text and card addresses), or null.</summary>
    public static string? In(JToken activity)
    {
        if (In(activity["text"] is JValue { Value: string text } ? text : null) is { } inText)
        {
            return $"text: {inText}";
        }

        var contents = activity["attachments"] is JArray attachments ? attachments.OfType<JObject>().Select(a => a["content"]).OfType<JToken>() : [];
        foreach (var content in contents)
        {
            if (InCard(content) is { } inCard)
            {
                return $"card: {inCard}";
            }
        }

        var actions = activity["suggestedActions"] is JObject suggested && suggested["actions"] is JArray list ? list.OfType<JObject>() : [];
        return actions.Select(a => a["value"] is JValue { Value: string value } ? value : null)
            .FirstOrDefault(v => v is not null && JavascriptAddress().IsMatch(v)) is { } action ? $"button: {action}" : null;
    }

    /// <summary>What is unsafe in the markdown <paramref name="text"/>, or null.</summary>
    public static string? In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = new[] { ScriptTag(), HandlerAttribute(), JavascriptLink(), JavascriptDefinition(), JavascriptAutolink(), JavascriptHref() }
            .Select(r => r.Match(text))
            .FirstOrDefault(m => m.Success);
        return match is null ? null : text.Substring(Math.Max(0, match.Index - 40), Math.Min(text.Length - Math.Max(0, match.Index - 40), match.Length + 80));
    }

    private static string? InCard(JToken token) => token switch
    {
        JObject card => card.Properties()
            .Where(p => p.Name != "data")
            .Select(p => p.Value is JValue { Value: string value }
                ? CardTextProperties.Contains(p.Name) ? In(value) : p.Name.EndsWith("rl", StringComparison.Ordinal) && JavascriptAddress().IsMatch(value) ? value : null
                : InCard(p.Value))
            .FirstOrDefault(found => found is not null),
        JArray items => items.Select(InCard).FirstOrDefault(found => found is not null),
        _ => null,
    };

    [GeneratedRegex(@"(?i)<script")]
    private static partial Regex ScriptTag();

    // A backtick ends the search: a handler can only run in a tag outside code, and any '<' there is escaped anyway.
    [GeneratedRegex(@"(?i)<[a-z][^>`]*\son[a-z]+\s*=")]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"(?i)(?<=(?:^|[^\\])(?:\\\\)*)\]\(\s*<?\s*javascript:")]
    private static partial Regex JavascriptLink();

    [GeneratedRegex(@"(?im)^\s{0,3}\[[^\]\n]*\]:\s*<?\s*javascript:")]
    private static partial Regex JavascriptDefinition();

    [GeneratedRegex(@"(?i)<javascript:")]
    private static partial Regex JavascriptAutolink();

    [GeneratedRegex(@"(?i)<a\s[^>]*href\s*=\s*[""']?\s*javascript:")]
    private static partial Regex JavascriptHref();

    [GeneratedRegex(@"(?i)^\s*javascript:")]
    private static partial Regex JavascriptAddress();
}
