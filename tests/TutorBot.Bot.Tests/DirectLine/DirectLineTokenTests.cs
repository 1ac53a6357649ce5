using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.DirectLine;

/// <summary>
/// Direct Line tokens on a fake clock: a token is refused with 403 (what Web Chat reads as "expired") from its expiry
/// on, on every route, and only ever opens the conversation it was issued for.
/// </summary>
public sealed class DirectLineTokenTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    private const int LifetimeSeconds = 1800;

    [Fact]
    public async Task ExpiredTokenIsForbiddenOnEveryRoute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var http = factory.CreateClient();
        var client = new DirectLineClient(http);
        await client.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, Activities(client))).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(LifetimeSeconds + 1));

        using var read = await client.SendAsync(HttpMethod.Get, Activities(client));
        using var post = await client.SendAsync(HttpMethod.Post, Activities(client), new JObject { ["type"] = "message", ["text"] = "hi" });
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        using var resume = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
    }

    [Fact]
    public async Task TokenRefreshedBeforeExpiryOutlivesTheFirst()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = new DirectLineClient(factory.CreateClient());
        await client.StartAsync();
        var first = client.Token;

        clock.Advance(TimeSpan.FromSeconds(LifetimeSeconds - 60));
        using var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var fresh = (string)JObject.Parse(await refresh.Content.ReadAsStringAsync())["token"]!;
        clock.Advance(TimeSpan.FromSeconds(120));

        using var withFirst = await client.SendAsync(HttpMethod.Get, Activities(client), token: first);
        using var withFresh = await client.SendAsync(HttpMethod.Get, Activities(client), token: fresh);
        Assert.Equal(HttpStatusCode.Forbidden, withFirst.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withFresh.StatusCode);
    }

    [Fact]
    public async Task TokenOfOneConversationIsForbiddenOnAnotherAndRefreshesOnlyItsOwn()
    {
        var http = await host.CreateReadyClientAsync();
        var alice = new DirectLineClient(http);
        var bob = new DirectLineClient(http);
        await alice.StartAsync();
        await bob.StartAsync();

        using var read = await alice.SendAsync(HttpMethod.Get, Activities(bob));
        using var post = await alice.SendAsync(HttpMethod.Post, Activities(bob), new JObject { ["type"] = "message", ["text"] = "hi" });
        using var refresh = await alice.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        var refreshed = JObject.Parse(await refresh.Content.ReadAsStringAsync());
        using var refreshedOnBob = await alice.SendAsync(HttpMethod.Get, Activities(bob), token: (string)refreshed["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(alice.ConversationId, (string?)refreshed["conversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, refreshedOnBob.StatusCode);
    }

    private static string Activities(DirectLineClient client) => $"/v3/directline/conversations/{client.ConversationId}/activities";
}
