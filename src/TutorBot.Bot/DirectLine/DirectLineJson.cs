using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Limits;

namespace TutorBot.Bot.DirectLine;

/// <summary>JSON as Direct Line speaks it: Bot Framework's Newtonsoft settings (camelCase, nulls left out).</summary>
internal static class DirectLineJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        MaxDepth = 64,
    });

    /// <summary>A bot reply as the page expects it: an id (set on append), a timestamp, and <c>from.role = "bot"</c>.</summary>
    public static JObject FromBot(Activity sent, string botName)
    {
        var json = JObject.FromObject(sent, Serializer);
        json["timestamp"] ??= DateTimeOffset.UtcNow.ToString("o");
        json["from"] = new JObject { ["id"] = sent.From?.Id ?? "tutorbot", ["name"] = sent.From?.Name ?? botName, ["role"] = RoleTypes.Bot };
        json.Remove("deliveryMode");
        json.Remove("serviceUrl");
        return json;
    }

    /// <summary>
    /// Reads an activity the page posted (see <see cref="ActivityBody"/>); null and the reason when the body is not
    /// an activity object of an acceptable shape.
    /// </summary>
    public static async Task<(Activity? Activity, string? Problem)> ReadActivityAsync(HttpRequest request, int maxIdChars, CancellationToken cancellationToken)
    {
        var (json, problem) = await ActivityBody.ReadAsync(request, maxIdChars, fromChannel: false, rewind: false, cancellationToken);
        if (json is null)
        {
            return (null, problem);
        }

        try
        {
            return (json.ToObject<Activity>(Serializer), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            return (null, "a field has the wrong type");
        }
    }

    public static IResult Result(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(JsonConvert.SerializeObject(value, Formatting.None, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore }), "application/json", Encoding.UTF8, statusCode);
}
