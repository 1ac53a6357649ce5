using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>Talks to the host's Direct Line subset as Web Chat does: a token, polling with a watermark.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public string ConversationId { get; private set; } = "";

    public string Token { get; set; } = "";

    public int Watermark { get; private set; }

    public async Task StartAsync()
    {
        using var response = await http.PostAsync("/v3/directline/tokens/generate", null);
        response.EnsureSuccessStatusCode();
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        ConversationId = (string)json["conversationId"]!;
        Token = (string)json["token"]!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JObject? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(string text, string clientActivityId = "client-1")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = "web-user", ["role"] = "user" },
            ["locale"] = "en-US",
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId },
        };
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)JObject.Parse(await response.Content.ReadAsStringAsync())["id"]!;
    }

    /// <summary>Reads the activities after the current watermark and moves it on.</summary>
    public async Task<IReadOnlyList<JObject>> ReadAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={Watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JObject.Parse(await response.Content.ReadAsStringAsync());
        Watermark = int.Parse((string)json["watermark"]!);
        return json["activities"]!.Cast<JObject>().ToList();
    }
}
