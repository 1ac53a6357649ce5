using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Reads what a card button submitted (<c>Activity.Value</c>). The client controls it, so it may be any JSON at all
/// (a number, an array, objects nested where a string belongs): a field counts only when it has the expected type.
/// </summary>
internal static class SubmitValue
{
    /// <summary>The string <paramref name="field"/> of <paramref name="value"/>; null when the value is no object or the field no string.</summary>
    public static string? StringOf(object? value, string field) =>
        value is JObject json && json[field] is JValue { Type: JTokenType.String, Value: string text } ? text : null;

    /// <summary>The strings in the list <paramref name="field"/> of <paramref name="value"/>, at most <paramref name="max"/> of them; empty otherwise.</summary>
    public static IReadOnlyList<string> StringsOf(object? value, string field, int max) =>
        value is JObject json && json[field] is JArray items
            ? items.OfType<JValue>().Where(v => v.Type == JTokenType.String).Select(v => (string)v!).Take(max).ToList()
            : [];
}
