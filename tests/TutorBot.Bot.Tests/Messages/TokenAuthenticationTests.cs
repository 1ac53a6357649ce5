using System.Net;
using System.Security.Cryptography;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Messages;

/// <summary>
/// With an app id and password set, <c>/api/messages</c> runs the SDK's own channel-token validation against a
/// token service on 127.0.0.1 (<see cref="BotTokenIssuer"/>): a valid token is answered; a token signed by an
/// unknown key, not a JWT, for another app id, expired, from another issuer, for another serviceUrl or channel, and no token
/// at all are refused with 401.
/// </summary>
public sealed class TokenAuthenticationTests(TokenAuthenticationTests.Host host) : IClassFixture<TokenAuthenticationTests.Host>
{
    private const string AppId = "00000000-0000-0000-0000-00000000a11d";
    private const string ServiceUrl = "http://127.0.0.1:1/";

    [Fact]
    public async Task MessageWithAValidChannelTokenIsAnswered()
    {
        var client = await host.CreateReadyClientAsync();
        var token = host.Issuer.MintChannelToken(AppId, ServiceUrl);

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(replies.Activities.Messages(), a => (a.Text ?? "").Contains("What I can do"));
    }

    [Fact]
    public async Task MessageWithoutATokenIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenSignedByAnUnknownKeyIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        using var unknownKey = RSA.Create(2048);
        var token = host.Issuer.MintChannelToken(AppId, ServiceUrl, signWith: unknownKey);

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BearerThatIsNotAJwtIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), "not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenForAnotherAppIdIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        var token = host.Issuer.MintChannelToken("00000000-0000-0000-0000-000000007e4", ServiceUrl);

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredTokenIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        // Beyond the validator's five minutes of clock skew.
        var token = host.Issuer.MintChannelToken(AppId, ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10));

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenFromAnotherIssuerIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        var token = host.Issuer.MintChannelToken(AppId, ServiceUrl, issuer: "https://issuer.example.invalid/");

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenForAnotherServiceUrlIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        var token = host.Issuer.MintChannelToken(AppId, "http://127.0.0.1:2/");

        using var response = await Activities.PostAsync(client, Activities.Message("help", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenFromAKeyNotEndorsedForTheChannelIsUnauthorized()
    {
        var client = await host.CreateReadyClientAsync();
        var token = host.Issuer.MintChannelToken(AppId, ServiceUrl);

        using var response = await Activities.PostAsync(client, Activities.Message("help", channelId: "slack", serviceUrl: ServiceUrl).ExpectReplies(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The bot host configured against a <see cref="BotTokenIssuer"/> that lives as long as it does.</summary>
    public sealed class Host : BotHostFactory
    {
        public Host() : this(BotTokenIssuer.Start())
        {
        }

        private Host(BotTokenIssuer issuer) : base(issuer.HostSettings(AppId, "not-a-real-secret")) => Issuer = issuer;

        public BotTokenIssuer Issuer { get; }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Issuer.Dispose();
            }
        }
    }
}
