using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Limits;

/// <summary>
/// Checks the JSON of an incoming activity before the Bot Framework SDK reads it, so that a body the SDK or a turn
/// would fail on (no conversation, no or a malformed <c>serviceUrl</c>, a null inside <c>membersAdded</c>, a type that
/// is a number, an id of 10,000 characters) is answered 400 with the reason instead of a 500 or a failed turn.
/// Unknown activity types and any <c>value</c> pass: the bot ignores what it does not handle (an invoke it does not
/// handle gets the Bot Framework's answer, 501 Not Implemented; one without a name is refused here).
/// </summary>
internal static class ActivityShape
{
    /// <summary>Longest activity type, name, locale or text format, in characters.</summary>
    public const int MaxWordChars = 128;

    private static readonly string[] IdFields = ["id", "replyToId", "channelId"];
    private static readonly string[] AccountFields = ["from", "recipient", "conversation"];
    private static readonly string[] WordFields = ["locale", "textFormat", "name", "inputHint", "deliveryMode"];
    private static readonly string[] ListFields = ["membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved", "entities", "attachments"];

    /// <summary>
    /// Null when <paramref name="activity"/> may be handed to the SDK, otherwise a sentence saying what is wrong.
    /// <paramref name="fromChannel"/> is true for <c>/api/messages</c>, where the conversation and <c>serviceUrl</c>
    /// are required (the local Direct Line sets both itself).
    /// </summary>
    public static string? ProblemWith(JObject activity, int maxIdChars, bool fromChannel)
    {
        if (activity["type"] is not JValue { Type: JTokenType.String, Value: string type } || string.IsNullOrWhiteSpace(type) || type.Length > MaxWordChars)
        {
            return "the activity needs a 'type': a string such as \"message\"";
        }

        if (type == "invoke" && activity["name"] is not JValue { Value: string { Length: > 0 } })
        {
            return "an invoke activity needs a 'name'";
        }

        if (activity["text"] is { Type: not (JTokenType.String or JTokenType.Null) })
        {
            return "'text' must be a string";
        }

        foreach (var field in WordFields)
        {
            if (ProblemWithString(activity, field, MaxWordChars) is { } problem)
            {
                return problem;
            }
        }

        foreach (var field in IdFields)
        {
            if (ProblemWithId(activity, field, maxIdChars) is { } problem)
            {
                return problem;
            }
        }

        foreach (var field in AccountFields)
        {
            if (activity[field] is { Type: not JTokenType.Null } account
                && (account is not JObject accountObject ? $"'{field}' must be an object with an 'id'" : ProblemWithId(accountObject, "id", maxIdChars, field)) is { } problem)
            {
                return problem;
            }
        }

        foreach (var field in ListFields)
        {
            if (activity[field] is { Type: not JTokenType.Null } list && (list is not JArray items || items.Any(i => i is not JObject)))
            {
                return $"'{field}' must be a list of objects";
            }
        }

        return fromChannel ? ProblemWithChannelFields(activity) : null;
    }

    private static string? ProblemWithChannelFields(JObject activity)
    {
        if (activity["conversation"] is not JObject conversation || conversation["id"] is not JValue { Value: string conversationId } || conversationId.Length == 0)
        {
            return "the activity needs a 'conversation' with an 'id'";
        }

        return activity["serviceUrl"] is JValue { Value: string url } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : "the activity needs a 'serviceUrl': an absolute http or https address";
    }

    private static string? ProblemWithString(JObject json, string field, int maxChars) => json[field] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Value: string s } when s.Length <= maxChars => null,
        JValue { Value: string s } => $"'{field}' is {s.Length} characters long (at most {maxChars})",
        _ => $"'{field}' must be a string",
    };

    private static string? ProblemWithId(JObject json, string field, int maxChars, string? parent = null)
    {
        var name = parent is null ? field : $"{parent}.{field}";
        return json[field] switch
        {
            null or { Type: JTokenType.Null } => null,
            JValue { Value: string id } => IdRules.ProblemWith(id, maxChars) is { } problem ? $"'{name}' {problem}" : null,
            _ => $"'{name}' must be a string",
        };
    }
}
