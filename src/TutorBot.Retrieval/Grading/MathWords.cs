using System.Text.RegularExpressions;

namespace TutorBot.Retrieval.Grading;

/// <summary>
/// Spells out the relations of short formulas before grading, in the reference and the answer alike, so "KL散度=
/// 交叉熵-熵" and "KL divergence equals cross entropy minus entropy" share their terms: '=' becomes 等于 and a
/// minus sign (between spaces, or between Chinese characters) becomes 减去; big-O expressions become one
/// token each (O(n^2*d) and O(n2d) alike); the bilingual aliases do the rest.
/// Hyphens inside words (cross-entropy, decoder-only) are left alone.
/// </summary>
internal static partial class MathWords
{
    public static string SpellOut(string text)
    {
        // Big-O first: its '^', '*' and digits would otherwise fall apart into letters that match anything.
        // A squared term is also named, so "quadratic" (an alias of 平方) meets O(n^2*d).
        var spelled = BigO().Replace(text, m => " bigo" + Letters(m.Groups[1].Value) + (Letters(m.Groups[1].Value).Contains("sq") ? " 平方 " : " "));
        return Minus().Replace(spelled.Replace("=", " 等于 "), " 减去 ");
    }

    // O(n^2*d), O(n2d) and O(n^2 d) all become "bigonsqd"; O(n) becomes "bigon".
    private static string Letters(string inner)
    {
        var s = inner.ToLowerInvariant().Replace("^", "");
        var result = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            result.Append(c switch
            {
                '2' or '²' => "sq",
                '3' or '³' => "cu",
                _ when char.IsAsciiLetter(c) => c.ToString(),
                _ => "",
            });
        }

        return result.ToString();
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])[Oo]\s*[(（]\s*([^()（）]{1,20}?)\s*[)）]")]
    private static partial Regex BigO();

    [GeneratedRegex(@"(?<=\s)[-−](?=\s)|(?<=[\u4E00-\u9FFF)])[-−](?=[\u4E00-\u9FFF(])")]
    private static partial Regex Minus();
}
