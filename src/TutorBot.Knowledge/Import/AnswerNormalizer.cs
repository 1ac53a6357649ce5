using System.Text.RegularExpressions;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Turns the page lines of an answer into the Markdown body of an entry, keeping the words verbatim: bullets
/// ("•", "·", "▪") become "- " list items, trailing spaces go, navigation lines go, and leading and trailing
/// blank lines go. (No-break spaces were already made plain by <see cref="PageText"/>.)
/// </summary>
public static partial class AnswerNormalizer
{
    /// <summary>The answer body for page lines <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive); "" when there is none.</summary>
    public static string Normalize(IReadOnlyList<string> lines, int start, int end)
    {
        var kept = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i].TrimEnd();
            if (BoilerplateFilter.IsNavigation(line))
            {
                continue;
            }

            kept.Add(Bullet().Replace(line, "- "));
        }

        var first = kept.FindIndex(l => l.Length > 0);
        var last = kept.FindLastIndex(l => l.Length > 0);
        return first < 0 ? "" : string.Join('\n', kept.Skip(first).Take(last - first + 1));
    }

    /// <summary>True when the answer stops on a colon, as if the list it announces was cut off.</summary>
    public static bool LooksCutOff(string answer) => answer.TrimEnd().EndsWith(':') || answer.TrimEnd().EndsWith('：');

    [GeneratedRegex(@"^\s*[•·▪●◦]\s*")]
    private static partial Regex Bullet();
}
