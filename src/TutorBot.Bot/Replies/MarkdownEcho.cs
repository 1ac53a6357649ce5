using System.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// User text quoted back inside a markdown reply ("no questions on "…""), made to read as the characters typed:
/// markdown punctuation is backslash-escaped and <c>&lt; &gt; &amp;</c> become entities, so a <c>[link](javascript:…)</c>,
/// an image, emphasis or an HTML tag in it is shown as text, never rendered, linked or run. Long echoes are cut to
/// <see cref="MaxChars"/> characters; the text is expected on one line (<c>IncomingText</c> collapses whitespace).
/// </summary>
internal static class MarkdownEcho
{
    /// <summary>Longest echo, in characters, before it is cut with "…".</summary>
    public const int MaxChars = 80;

    private const string Escaped = "\\`*_[]()!#|~";

    /// <summary><paramref name="text"/> as literal markdown text; empty for null.</summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var shown = text.Length <= MaxChars ? text : text[..(char.IsHighSurrogate(text[MaxChars - 1]) ? MaxChars - 1 : MaxChars)] + "…";
        var literal = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            _ = c switch
            {
                '<' => literal.Append("&lt;"),
                '>' => literal.Append("&gt;"),
                '&' => literal.Append("&amp;"),
                '\r' or '\n' => literal.Append(' '),
                _ when Escaped.Contains(c) => literal.Append('\\').Append(c),
                _ => literal.Append(c),
            };
        }

        return literal.ToString();
    }
}
