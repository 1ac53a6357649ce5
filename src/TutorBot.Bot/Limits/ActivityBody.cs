using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Limits;

/// <summary>
/// Reads a request body that should hold one activity: a JSON object, at most <see cref="MaxChannelDepth"/> (or
/// <see cref="MaxDirectLineDepth"/>) levels deep, checked by
/// <see cref="ActivityShape"/>. Invalid UTF-8 is read as U+FFFD (the text is then cleaned like any other); dates stay
/// strings so that an id that looks like a date is still a string. The body's size is already bounded by
/// <see cref="RequestBodyLimit"/>.
/// </summary>
internal static class ActivityBody
{
    /// <summary>Deepest JSON accepted from a channel (<c>/api/messages</c>): the SDK's own limit.</summary>
    public const int MaxChannelDepth = 64;

    /// <summary>
    /// Deepest JSON accepted from the page (the local Direct Line): its activities are shallow, and the echo of one
    /// sits three levels down in the activity stream, which must stay readable by clients limited to 64.
    /// </summary>
    public const int MaxDirectLineDepth = 32;

    /// <summary>
    /// The activity's JSON, or null and a sentence saying what is wrong. With <paramref name="rewind"/>, the body is
    /// buffered and left at its start, for the SDK to read again.
    /// </summary>
    public static async Task<(JObject? Activity, string? Problem)> ReadAsync(HttpRequest request, int maxIdChars, bool fromChannel, bool rewind, CancellationToken cancellationToken)
    {
        if (rewind)
        {
            request.EnableBuffering();
        }

        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        if (rewind)
        {
            request.Body.Position = 0;
        }

        var maxDepth = fromChannel ? MaxChannelDepth : MaxDirectLineDepth;
        if (Parse(body, maxDepth) is not { } json)
        {
            return (null, $"the body must be one JSON object (an activity), at most {maxDepth} levels deep");
        }

        return ActivityShape.ProblemWith(json, maxIdChars, fromChannel) is { } problem ? (null, problem) : (json, null);
    }

    private static JObject? Parse(string body, int maxDepth)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None, MaxDepth = maxDepth };
            var token = JToken.ReadFrom(reader);
            return token is JObject json && !reader.Read() ? json : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
