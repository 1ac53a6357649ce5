using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Buttons that send a command (start an interview, hint, skip, ...) as if the user had typed it, in Teams and in
/// Web Chat alike: suggested actions are <c>imBack</c>; a card's <c>Action.Submit</c> carries
/// <c>msteams.type = imBack</c> (Teams sends the command as the message text) and the command under
/// <see cref="Kind"/> (Web Chat sends the data as the message value, read back by <see cref="CommandOf"/>).
/// </summary>
internal static class CommandAction
{
    public const string Kind = "tutorbot.command";

    public static CardAction ImBack(string title, string command) => new(ActionTypes.ImBack, title: title, value: command);

    public static SuggestedActions Suggested(IEnumerable<(string Title, string Command)> buttons) =>
        new() { Actions = buttons.Select(b => ImBack(b.Title, b.Command)).ToList() };

    public static JObject Submit(string title, string command) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JObject
        {
            ["msteams"] = new JObject { ["type"] = "imBack", ["value"] = command },
            ["kind"] = Kind,
            ["command"] = command,
        },
    };

    /// <summary>The command a card button submitted as the message value; null when the value is no command.</summary>
    public static string? CommandOf(object? value) =>
        SubmitValue.StringOf(value, "kind") == Kind && SubmitValue.StringOf(value, "command") is { Length: > 0 } command ? command : null;
}
