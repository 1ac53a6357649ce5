using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Limits;

/// <summary>
/// One test per kind of hostile input that used to get a 500, a failed turn or the user's markup back, through
/// <c>/api/messages</c> and the local Direct Line on the in-memory host.
/// </summary>
public sealed class HostileInputTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"deliveryMode\":\"expectReplies\"}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"not a url\",\"deliveryMode\":\"expectReplies\"}", "serviceUrl")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":null,\"serviceUrl\":\"http://127.0.0.1:1/\"}", "conversation")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"deliveryMode\":\"expectReplies\"}", "conversation")]
    [InlineData("{\"type\":5,\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}", "type")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[null],\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}", "membersAdded")]
    [InlineData("{\"type\":\"invoke\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}", "name")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"a\\u0000b\"},\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}", "from.id")]
    public async Task ActivityOfTheWrongShapeIsABadRequestNamingTheField(string body, string field)
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (string?)JObject.Parse(await response.Content.ReadAsStringAsync())["error"]?["message"]);
    }

    [Fact]
    public async Task ConversationIdOfTenThousandCharactersIsABadRequest()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, Activities.Message("help", conversationId: new string('c', 10_000)).ExpectReplies());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PathTraversalInAConversationIdIsHarmlessAndAnswered()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message("help", conversationId: "../../../etc/passwd", userId: "..\\..\\x"));

        Assert.Contains("What I can do", Assert.Single(replies.Messages()).Text);
    }

    [Fact]
    public async Task OneMegabyteBodyIsTooLargeOnBothEndpoints()
    {
        var client = await host.CreateReadyClientAsync();
        var chat = new DirectLineClient(client);
        await chat.StartAsync();
        var huge = new string('a', 1024 * 1024);

        using var messages = await Activities.PostAsync(client, Activities.Message(huge).ExpectReplies());
        using var directLine = await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", new JObject { ["type"] = "message", ["text"] = huge });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, messages.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, directLine.StatusCode);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"kind\":{\"nested\":[1,{\"x\":2}]}}")]
    [InlineData("{\"kind\":\"tutorbot.command\",\"command\":{\"a\":1}}")]
    [InlineData("{\"kind\":\"tutorbot.feedback\",\"reaction\":[1],\"question\":{\"q\":1},\"entries\":\"q03\",\"mode\":7}")]
    public async Task CardSubmitValueOfTheWrongShapeGetsAnOrdinaryReplyNotAnApology(string value)
    {
        var client = await host.CreateReadyClientAsync();
        var activity = Activities.Message("help");
        activity.Value = JToken.Parse(value);

        var replies = await Activities.AskAsync(client, activity);

        var reply = Assert.Single(replies.Messages());
        Assert.DoesNotContain("went wrong", reply.Text);
    }

    [Fact]
    public async Task ControlCharactersAreStrippedBeforeTheTextIsRead()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message("he\u0000\u200Bl\u202Ep\u0007"));

        Assert.Contains("What I can do", Assert.Single(replies.Messages()).Text);
    }

    [Theory]
    [InlineData("mock interview on [click](javascript:alert(1))")]
    [InlineData("mock interview on <script>alert(1)</script>")]
    [InlineData("模拟面试 <img src=x onerror=alert(1)> ![x](javascript:alert(2))")]
    public async Task TopicQuotedBackIsLiteralTextNeverMarkup(string text)
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message(text, conversationId: "echo-" + Guid.NewGuid().ToString("N")));

        var reply = Assert.Single(replies.Messages(), m => m.Text?.Contains("no questions", StringComparison.Ordinal) == true || m.Text?.Contains("没有关于", StringComparison.Ordinal) == true);
        Assert.Null(UnsafeMarkup.In(JObject.FromObject(reply)));
        Assert.DoesNotContain("<", reply.Text);
        Assert.DoesNotContain("](", reply.Text);
    }

    [Fact]
    public async Task DirectLineIdThatTheHostCouldNotHaveIssuedIsABadRequest()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();

        using var traversal = await client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/..%2F..%2Fetc/activities");
        using var long_ = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{new string('a', 2000)}/activities");
        using var control = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations/a%01b/activities", new JObject { ["type"] = "message" });

        Assert.Equal(HttpStatusCode.BadRequest, traversal.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, long_.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
    }

    [Fact]
    public async Task DirectLineEchoesTheUsersMarkupAsPlainTextAndRepliesWithoutIt()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();
        await client.ReadAsync();
        var activity = new JObject { ["type"] = "message", ["text"] = "mock interview on <img src=x onerror=alert(1)>", ["textFormat"] = "markdown" };

        using var posted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", activity);
        var activities = await client.ReadAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("plain", (string?)activities.First(a => (string?)a["from"]?["role"] == "user")["textFormat"]);
        Assert.All(activities.Where(a => (string?)a["from"]?["role"] == "bot"), a => Assert.Null(UnsafeMarkup.In(a)));
    }

    [Fact]
    public async Task DirectLineActivityNestedDeeperThanTheLimitIsABadRequest()
    {
        var client = new DirectLineClient(await host.CreateReadyClientAsync());
        await client.StartAsync();
        JToken value = "deep";
        for (var i = 0; i < 40; i++)
        {
            value = new JArray(value);
        }

        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            new JObject { ["type"] = "message", ["text"] = "hi", ["value"] = value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
