using System.Net;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Limits;

/// <summary>
/// The local Direct Line's rate limits, on a host with small ones (<see cref="LimitedHost"/>, one per test so that
/// their counts do not mix): a flood through one conversation and a loop of new conversations both get 429 with
/// <c>Retry-After</c>, and one conversation's flood does not stop another's.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task FloodingOneConversationGets429WithRetryAfterWhileAnotherConversationGoesOn()
    {
        using var host = new LimitedHost();
        var http = await host.CreateReadyClientAsync();
        var flooder = new DirectLineClient(http);
        var neighbour = new DirectLineClient(http);
        await flooder.StartAsync();
        await neighbour.StartAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < LimitedHost.PostsPerConversation + 2; i++)
        {
            var response = await flooder.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{flooder.ConversationId}/activities", new JObject { ["type"] = "typing" });
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        using var neighbourPost = await neighbour.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{neighbour.ConversationId}/activities", new JObject { ["type"] = "typing" });

        Assert.All(statuses.Take(LimitedHost.PostsPerConversation), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(LimitedHost.PostsPerConversation), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= LimitedHost.WindowSeconds }, $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal("TooManyRequests", (string?)JObject.Parse(await refused.Content.ReadAsStringAsync())["error"]?["code"]);
        Assert.Equal(HttpStatusCode.OK, neighbourPost.StatusCode);
    }

    [Fact]
    public async Task OpeningConversationsInALoopGets429ButResumingWithATokenDoesNot()
    {
        using var host = new LimitedHost();
        var http = await host.CreateReadyClientAsync();
        var statuses = new List<HttpStatusCode>();
        string? token = null;
        for (var i = 0; i < LimitedHost.ConversationsPerClient + 3; i++)
        {
            using var response = await http.PostAsync("/v3/directline/conversations", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                token ??= (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["token"];
            }
            else
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        var resumer = new DirectLineClient(http) { Token = token! };
        using var resumed = await resumer.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.All(statuses.Take(LimitedHost.ConversationsPerClient), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(statuses.Skip(LimitedHost.ConversationsPerClient), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.Created, resumed.StatusCode);
    }

    /// <summary>The real host with Direct Line limits small enough to reach in a test.</summary>
    public sealed class LimitedHost() : BotHostFactory(new Dictionary<string, string?>
    {
        ["WebChat:RateLimits:WindowSeconds"] = WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["WebChat:RateLimits:PostsPerConversation"] = PostsPerConversation.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["WebChat:RateLimits:ConversationsPerClient"] = ConversationsPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["WebChat:RateLimits:RequestsPerClient"] = "1000",
    })
    {
        public const int WindowSeconds = 600;
        public const int PostsPerConversation = 5;
        public const int ConversationsPerClient = 4;
    }
}
