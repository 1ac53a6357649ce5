using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Limits;

namespace TutorBot.Bot.Turns;

/// <summary>
/// What the user typed (or the command a card button sent), without the bot's @mention (Teams channels and group
/// chats) and markup around it, cleaned of control characters (<see cref="ControlCharacters"/>), on one line.
/// </summary>
internal static partial class IncomingText
{
    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "help", "/help", "?", "帮助", "/帮助", "help me" };

    public static string Of(IMessageActivity activity)
    {
        // A card button in Web Chat sends its command as the value, with no text (Teams sends it as the text).
        if (string.IsNullOrWhiteSpace(activity.Text) && Replies.CommandAction.CommandOf(activity.Value) is { } command)
        {
            return ControlCharacters.Strip(command);
        }

        var text = activity.Text ?? "";
        if (activity.Recipient is not null && activity.GetMentions().Any(m => m.Mentioned?.Id == activity.Recipient.Id))
        {
            text = ((Activity)activity).RemoveRecipientMention() ?? text;
        }

        // Teams may leave an <at>..</at> of the bot when the mention entity is missing or names it differently.
        text = AtTag().Replace(ControlCharacters.Strip(text), " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    public static bool IsHelp(string text) => text.Length == 0 || HelpWords.Contains(text.TrimEnd('.', '!', '?', '。', '!', '?'));

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
