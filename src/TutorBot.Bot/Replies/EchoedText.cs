using System.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Words of the user's shown back in a reply ("no topic called ..."), made inert for every channel's renderer
/// (Web Chat's Markdown, Teams' Markdown and HTML): only letters and digits of any script, spaces and <c>- . + '</c>
/// survive, so no tag, link, emphasis or code span can be formed; at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class EchoedText
{
    public const int MaxLength = 40;

    public static string Safe(string? text)
    {
        var kept = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '.' or '+' or '\'')
            {
                kept.Append(c);
            }
            else if (kept.Length > 0 && kept[^1] != ' ')
            {
                kept.Append(' ');
            }
        }

        var safe = kept.ToString().Trim();
        return safe.Length <= MaxLength ? safe : safe[..MaxLength].TrimEnd() + "…";
    }
}
