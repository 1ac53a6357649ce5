using System.Globalization;

namespace TutorBot.Bot.Limits;

/// <summary>
/// What an id from outside may look like. Bot Framework ids (conversation, user, channel, activity) come from the
/// channel and vary widely (Teams: <c>19:abc@thread.tacv2;messageid=1</c>), so they are only bounded: at most
/// <see cref="BotOptions.MaxIdChars"/> characters, no control or format characters, well-formed Unicode. A "../"
/// inside one is harmless (Core's <c>StateKey</c> percent-encodes every part of a storage key). The local Direct
/// Line's conversation ids are the host's own (hex), so anything else is refused outright.
/// </summary>
internal static class IdRules
{
    /// <summary>Longest conversation id the local Direct Line accepts; its own are 24 characters.</summary>
    public const int MaxDirectLineIdChars = 64;

    /// <summary>Null when <paramref name="id"/> is acceptable as a Bot Framework id, otherwise why not.</summary>
    public static string? ProblemWith(string id, int maxChars)
    {
        if (id.Length > maxChars)
        {
            return $"is {id.Length} characters long (at most {maxChars})";
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsHighSurrogate(c) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return "is not well-formed Unicode";
            }

            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return $"holds the control character U+{(int)c:X4}";
            }
        }

        return null;
    }

    /// <summary>True for an id the local Direct Line could have issued: 1 to 64 ASCII letters, digits, '-' or '_'.</summary>
    public static bool IsDirectLineId(string id) =>
        id.Length is > 0 and <= MaxDirectLineIdChars && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');
}
