using System.Text.RegularExpressions;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Recognises numbered lines: <c>1. text</c>, <c>1．text</c>, <c>1、text</c>, <c>1) text</c>, <c>1：text</c>,
/// <c>Q1 text</c>, <c>Q1: text</c>, <c>问题1：text</c>, <c>第1题 text</c>. A decimal such as "1.5" is not a number marker.
/// </summary>
public static partial class NumberedLineMatcher
{
    /// <summary>The numbered line at <paramref name="index"/>, or null when the line does not start with an item number.</summary>
    public static NumberedLine? Match(int index, string line)
    {
        var trimmed = line.Trim();
        var match = Prefixed().Match(trimmed);
        if (!match.Success)
        {
            match = Plain().Match(trimmed);
        }

        if (!match.Success || !int.TryParse(match.Groups["n"].ValueSpan, out var number))
        {
            return null;
        }

        return new NumberedLine(index, number, match.Groups["text"].Value.Trim());
    }

    [GeneratedRegex(@"^(?:[Qq]|问题|问|第)\s*(?<n>\d{1,3})\s*题?\s*(?:[.．、:：)）]|\s)\s*(?<text>\S.*)$")]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^(?<n>\d{1,3})\s*(?:[.．](?!\d)|[、:：)）])\s*(?<text>\S.*)$")]
    private static partial Regex Plain();
}
