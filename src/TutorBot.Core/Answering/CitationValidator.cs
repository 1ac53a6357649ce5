using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TutorBot.Core.Answering;

/// <summary>
/// Finds citation markers in an answer and keeps only those that point to a passage that was given. Understands
/// <c>[1]</c>, <c>[1][2]</c>, <c>[1, 2]</c>, <c>[1，2]</c>, <c>[1、2]</c> and full-width <c>［1］</c> / <c>［１］</c>.
/// Text in square brackets that is not a list of numbers (<c>[CLS]</c>, <c>[a, b]</c>) is left alone.
/// </summary>
public static partial class CitationValidator
{
    /// <summary>Checks <paramref name="text"/> against passages numbered 1 to <paramref name="passageCount"/>.</summary>
    public static CitationCheck Check(string text, int passageCount)
    {
        var cited = new List<int>();
        var removed = 0;
        var cleaned = Marker().Replace(text, match =>
        {
            var kept = new StringBuilder();
            foreach (var n in Numbers(match.Groups["list"].Value))
            {
                if (n >= 1 && n <= passageCount)
                {
                    kept.Append('[').Append(n).Append(']');
                    if (!cited.Contains(n))
                    {
                        cited.Add(n);
                    }
                }
                else
                {
                    removed++;
                }
            }

            return kept.ToString();
        });
        return new CitationCheck(Tidy(cleaned), cited, removed);
    }

    /// <summary>True when <paramref name="text"/> ends inside what may become a marker (an unclosed '[' followed by digits and separators).</summary>
    public static bool EndsInsidePossibleMarker(string text, out int start)
    {
        start = Math.Max(text.LastIndexOf('['), text.LastIndexOf('［'));
        if (start < 0 || text.Length - start > 24)
        {
            return false;
        }

        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (!(char.IsDigit(c) || c is ' ' or ',' or '，' or '、'))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<int> Numbers(string list)
    {
        foreach (var part in list.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var value = 0;
            foreach (var c in part)
            {
                value = value * 10 + (int)CharUnicodeInfo.GetNumericValue(c);
                if (value > 10_000)
                {
                    break;
                }
            }

            yield return value;
        }
    }

    // A removed marker can leave "word ." or "word  word"; close those gaps without touching line breaks.
    private static string Tidy(string text) => GapBeforePunctuation().Replace(DoubleSpace().Replace(text, " "), "$1");

    [GeneratedRegex(@"[\[［]\s*(?<list>\d{1,4}(?:\s*[,，、]\s*\d{1,4})*)\s*[\]］]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<=\S)[ \t]{2,}(?=\S)")]
    private static partial Regex DoubleSpace();

    [GeneratedRegex(@"[ \t]+([.,;:!?。，；：！？])")]
    private static partial Regex GapBeforePunctuation();
}
