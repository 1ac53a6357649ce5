using System.Text.Json;

namespace TutorBot.LlmStub;

/// <summary>A request the stub received: path, whether a stream was asked for, and the chat messages.</summary>
public sealed record StubRequest(string Path, string Body, bool Stream, IReadOnlyList<(string Role, string Content)> Messages, DateTimeOffset At)
{
    /// <summary>The system message (empty when none).</summary>
    public string System => Messages.FirstOrDefault(m => m.Role == "system").Content ?? "";

    /// <summary>The last user message (empty when none).</summary>
    public string User => Messages.LastOrDefault(m => m.Role == "user").Content ?? "";

    public static StubRequest Parse(string path, string body)
    {
        var messages = new List<(string, string)>();
        var stream = false;
        try
        {
            using var doc = JsonDocument.Parse(body);
            stream = doc.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
            if (doc.RootElement.TryGetProperty("messages", out var list))
            {
                foreach (var m in list.EnumerateArray())
                {
                    messages.Add((m.GetProperty("role").GetString() ?? "", Text(m.GetProperty("content"))));
                }
            }
        }
        catch (JsonException)
        {
        }

        return new StubRequest(path, body, stream, messages, DateTimeOffset.UtcNow);
    }

    // Content is a string, or an array of parts with "text".
    private static string Text(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString() ?? ""
        : string.Concat(content.EnumerateArray().Select(p => p.TryGetProperty("text", out var t) ? t.GetString() : ""));
}
