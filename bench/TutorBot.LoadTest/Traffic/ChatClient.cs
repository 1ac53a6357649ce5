using System.Net.Http.Headers;
using System.Text.Json;

namespace TutorBot.LoadTest.Traffic;

/// <summary>
/// Sends one user's message as a Bot Framework activity to <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>
/// (the replies come back in the response body) and returns them.
/// </summary>
internal sealed class ChatClient(HttpClient http)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<IReadOnlyList<Reply>> SendAsync(Uri host, string conversationId, string userId, string text, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Activity(conversationId, userId, text));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(new Uri(host, "api/messages"), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new TurnFailedException($"HTTP {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return Reply.ParseAll(document.RootElement);
    }

    private static byte[] Activity(string conversationId, string userId, string text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", Guid.NewGuid().ToString("N"));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "loadtest");
            json.WriteString("serviceUrl", "http://127.0.0.1:1/");
            json.WriteString("deliveryMode", "expectReplies");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Student");
            json.WriteString("role", "user");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "tutorbot");
            json.WriteString("name", "TutorBot");
            json.WriteString("role", "bot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("text", text);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}

/// <summary>A turn the host did not complete: an HTTP error status, a refused connection or a timeout.</summary>
internal sealed class TurnFailedException(string message) : Exception(message);
