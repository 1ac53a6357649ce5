using System.Text.RegularExpressions;

namespace TutorBot.Grounding.Prompting;

/// <summary>
/// Keeps text inside the prompt's delimiters: removes any tag the prompt uses as a delimiter (<c>&lt;question&gt;</c>,
/// <c>&lt;/passages&gt;</c>, ...) from user text and passages, so that a question cannot close its own block and
/// pose as instructions.
/// </summary>
internal static partial class Delimiters
{
    public static string Neutralize(string text) => Tag().Replace(text, "");

    [GeneratedRegex(@"<\s*/?\s*(passages|passage|question|conversation|message|reference|point|answer)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
