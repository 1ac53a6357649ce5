using System.Text;
using System.Text.RegularExpressions;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The last check on the markdown the bot sends, whatever wrote it (its own sentences, a knowledge entry, an LLM
/// that may have been talked into echoing a user's markup, a user's text that an echo site forgot to quote with
/// <see cref="MarkdownEcho"/>). Outside code spans and fences: an HTML tag, comment or autolink is turned into text
/// (<c>&lt;</c>); a link, image or reference definition whose address is not <c>http</c>, <c>https</c>,
/// <c>mailto</c> or a <c>#</c> fragment is turned into text (its <c>(</c> or <c>[</c> escaped), so
/// <c>[x](javascript:…)</c> can never become a link. Code spans and fences are shown literally by every renderer that
/// supports them, so there only what is dangerous where code is not supported (Adaptive Cards) is neutralised: tags
/// that run or load something (<c>script</c>, <c>img</c>, <c>iframe</c>, any with an <c>on…=</c> handler) and links
/// to <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c>; <c>&lt;eos&gt;</c> or <c>f[i](x)</c> in code stay as written.
/// </summary>
internal static partial class ReplyMarkup
{
    /// <summary><paramref name="markdown"/> with tags and unsafe links neutralised; the same instance when nothing needed it.</summary>
    public static string Neutralise(string markdown)
    {
        if (markdown.IndexOfAny(['<', ']']) < 0)
        {
            return markdown;
        }

        // Reference definitions are blocks: read over the whole text, as a renderer does before it finds code spans.
        var text = ReferenceDefinition().Replace(markdown, m => IsSafeAddress(m.Groups["address"].Value) ? m.Value : m.Groups["indent"].Value + "\\" + m.Value.TrimStart());
        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        try
        {
            foreach (Match code in Code().Matches(text))
            {
                result.Append(NeutraliseProse(text[at..code.Index])).Append(NeutraliseCode(code.Value));
                at = code.Index + code.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological backticks: treat the whole text as prose (code then shows "&lt;" instead of "<"; nothing runs).
            (result, at) = (new StringBuilder(), 0);
        }

        result.Append(NeutraliseProse(text[at..]));
        var neutral = result.ToString();
        return neutral == markdown ? markdown : neutral;
    }

    /// <summary>True when <paramref name="address"/> may be a link target: an absolute http(s) or mailto address, or a fragment.</summary>
    public static bool IsSafeAddress(string address)
    {
        var trimmed = address.TrimStart(' ', '\t', '\r', '\n', '<');
        return trimmed.StartsWith('#')
            || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(trimmed.Split(' ', '\t', '>', ')')[0], UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    private static string NeutraliseProse(string prose)
    {
        if (prose.Length == 0)
        {
            return prose;
        }

        prose = TagStart().Replace(prose, "&lt;");
        return InlineLink().Replace(prose, m => IsSafeAddress(Following(prose, m.Index + m.Length)) ? m.Value : m.Groups["close"].Value + "\\(");
    }

    private static string NeutraliseCode(string code)
    {
        code = DangerousTagStart().Replace(code, "&lt;");
        return ScriptLink().Replace(code, m => m.Groups["close"].Value + "\\(");
    }

    // Enough of what follows a link's '(' to read its address.
    private static string Following(string text, int start) => text.Substring(start, Math.Min(text.Length - start, 2048));

    // Fenced blocks first (``` or ~~~ to the same fence), then inline spans (a whole run of backticks, not escaped by an
    // odd number of backslashes, to the same run). An escaped backtick opens nothing, as in CommonMark, so
    // "\`<img …>`" is prose.
    [GeneratedRegex(@"(?ms)^[ ]{0,3}(```|~~~).*?^[ ]{0,3}\1[^\n]*$|(?<=(?:^|[^\\`])(?:\\\\)*)(`+)[^`].*?(?<!`)\2(?!`)", RegexOptions.None, matchTimeoutMilliseconds: 500)]
    private static partial Regex Code();

    // '<' opening a tag, closing tag, comment, processing instruction or autolink: '<' before a letter, '/', '!' or '?'.
    [GeneratedRegex(@"<(?=[A-Za-z/!?])")]
    private static partial Regex TagStart();

    // A ']' that is not escaped (an even number of backslashes before it) followed by '(': the start of an inline
    // link's or image's destination.
    [GeneratedRegex(@"(?<close>(?<=(?:^|[^\\])(?:\\\\)*)\])\(")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"(?m)^(?<indent>[ ]{0,3})\[[^\]\n]+\]:[ \t]*(?<address>\S*)")]
    private static partial Regex ReferenceDefinition();

    // In code: '<' opening a tag that runs or loads something, one with an event handler, or a javascript: autolink.
    [GeneratedRegex(@"(?i)<(?=\s*/?\s*(?:script|iframe|frame|frameset|img|image|svg|math|object|embed|applet|style|link|meta|base|form|input|button|textarea|select|a|video|audio|source|body|html|details|marquee)\b|\s*javascript:|[a-z][^>]*\son[a-z]+\s*=)")]
    private static partial Regex DangerousTagStart();

    [GeneratedRegex(@"(?i)(?<close>(?<=(?:^|[^\\])(?:\\\\)*)\])\((?=\s*<?\s*(?:javascript|vbscript|data):)")]
    private static partial Regex ScriptLink();
}
