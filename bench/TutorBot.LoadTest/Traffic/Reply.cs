using System.Text.Json;

namespace TutorBot.LoadTest.Traffic;

/// <summary>One activity the host returned for a turn (expectReplies), reduced to what the checks read.</summary>
internal sealed record Reply(string Type, string Text, string? ConversationId, string? RecipientId, int Citations, IReadOnlyList<(string Title, string Value)> Facts)
{
    public static IReadOnlyList<Reply> ParseAll(JsonElement expectedReplies) =>
        expectedReplies.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array
            ? activities.EnumerateArray().Select(Parse).ToList()
            : [];

    private static Reply Parse(JsonElement activity) => new(
        String(activity, "type") ?? "",
        String(activity, "text") ?? "",
        activity.TryGetProperty("conversation", out var conversation) ? String(conversation, "id") : null,
        activity.TryGetProperty("recipient", out var recipient) ? String(recipient, "id") : null,
        CountCitations(activity),
        SummaryFacts(activity));

    private static int CountCitations(JsonElement activity) =>
        activity.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities.EnumerateArray().Sum(e => e.TryGetProperty("citation", out var c) && c.ValueKind == JsonValueKind.Array ? c.GetArrayLength() : 0)
            : 0;

    // The interview summary is an Adaptive Card with one FactSet: one fact per graded question.
    private static IReadOnlyList<(string, string)> SummaryFacts(JsonElement activity)
    {
        if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return attachments.EnumerateArray()
            .Where(a => a.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.Array)
            .SelectMany(a => a.GetProperty("content").GetProperty("body").EnumerateArray())
            .Where(element => String(element, "type") == "FactSet" && element.TryGetProperty("facts", out _))
            .SelectMany(set => set.GetProperty("facts").EnumerateArray())
            .Select(fact => (String(fact, "title") ?? "", String(fact, "value") ?? ""))
            .ToList();
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
