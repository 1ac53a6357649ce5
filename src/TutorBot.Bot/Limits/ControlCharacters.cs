using System.Globalization;
using System.Text;

namespace TutorBot.Bot.Limits;

/// <summary>
/// Cleans text a user sent before anything reads it: control characters (C0, C1, DEL) become a space when they
/// separate (tab, line and paragraph ends) and disappear otherwise; invisible format characters that can disguise
/// text (bidirectional overrides and isolates, zero-width space, byte-order mark, interlinear annotation marks)
/// disappear; a lone surrogate (not well-formed UTF-16) becomes U+FFFD. Zero-width joiner and non-joiner stay: emoji
/// sequences and several scripts need them.
/// </summary>
internal static class ControlCharacters
{
    /// <summary><paramref name="text"/> cleaned; the same instance when there was nothing to clean.</summary>
    public static string Strip(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (IsSeparator(c))
            {
                clean.Append(c is '\n' or '\u2028' or '\u2029' or '\r' ? '\n' : ' ');
            }
            else if (!IsRemoved(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (c != '\n' && IsSeparator(c)) || IsRemoved(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSeparator(char c) => c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsRemoved(char c) =>
        c is not ('\u200C' or '\u200D')
        && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        && !IsSeparator(c);
}
