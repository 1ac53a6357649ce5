using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A stand-in for the Bot Framework's token service on 127.0.0.1: OpenID metadata, a JSON Web Key Set with one RSA
/// signing key generated here (endorsed for the channels the tests use), and tokens minted the way the channel service
/// mints them (issuer, audience = the bot's app id, <c>serviceurl</c> claim, key id in the header). No token endpoint
/// for the bot's outgoing calls: MSAL accepts only an https authority, so tests use <c>expectReplies</c>, which needs
/// no outgoing token.
/// </summary>
public sealed class BotTokenIssuer : IDisposable
{
    public const string KeyId = "tutorbot-test-key";
    public static readonly string[] EndorsedChannels = ["test", "msteams", "webchat"];

    private readonly WebApplication _app;
    private readonly RSA _signingKey = RSA.Create(2048);

    private const string ChannelMetadataPath = "/v1/.well-known/openidconfiguration";
    private const string EmulatorMetadataPath = "/emulator/.well-known/openid-configuration";
    private const string LoginPath = "/botframework.com";

    private BotTokenIssuer(WebApplication app) => _app = app;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash); also the token issuer.</summary>
    public string BaseUrl { get; private set; } = "";

    public string Issuer => BaseUrl;

    public string ChannelMetadataUrl => BaseUrl + ChannelMetadataPath;

    public string EmulatorMetadataUrl => BaseUrl + EmulatorMetadataPath;

    public string LoginUrl => BaseUrl + LoginPath;

    public static BotTokenIssuer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var issuer = new BotTokenIssuer(builder.Build());
        issuer.MapRoutes();
        issuer._app.StartAsync().GetAwaiter().GetResult();
        issuer.BaseUrl = issuer._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        issuer.AllowMetadataOverHttp();
        return issuer;
    }

    /// <summary>
    /// The settings that point the host's Bot Framework authentication at this server. Setting any one endpoint key
    /// switches the SDK to its parameterized mode, which then needs all of them. The login URL is never contacted
    /// by these tests (see the class summary).
    /// </summary>
    public IReadOnlyDictionary<string, string?> HostSettings(string appId, string password) => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = password,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = LoginUrl,
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = BaseUrl + "/oauth",
        ["CallerId"] = "urn:botframework:azure",
        ["ValidateAuthority"] = "false",
    };

    /// <summary>A channel token for <paramref name="serviceUrl"/>, valid from a minute ago for an hour unless told otherwise.</summary>
    public string MintChannelToken(string audience, string serviceUrl, DateTime? notBefore = null, DateTime? expires = null, RSA? signWith = null, string? issuer = null)
    {
        var from = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        var key = new RsaSecurityKey(signWith ?? _signingKey) { KeyId = KeyId };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            NotBefore = from,
            IssuedAt = from,
            Expires = expires ?? from.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(AuthenticationConstants.ServiceUrlClaim, serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
        var handler = new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.WriteToken(handler.CreateToken(descriptor));
    }

    private void MapRoutes()
    {
        foreach (var metadataPath in new[] { ChannelMetadataPath, EmulatorMetadataPath })
        {
            _app.MapGet(metadataPath, () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = BaseUrl + "/keys",
                ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            }));
        }

        _app.MapGet("/keys", () =>
        {
            var parameters = _signingKey.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus),
                        e = Base64UrlEncoder.Encode(parameters.Exponent),
                        endorsements = EndorsedChannels,
                    },
                },
            });
        });
    }

    /// <summary>
    /// The SDK fetches OpenID metadata through one configuration manager per metadata URL, kept in a static cache of
    /// its <see cref="JwtTokenExtractor"/>, and builds it with IdentityModel's default retriever, which refuses any
    /// address that is not https (IDX20108) and has no setting to allow one. The SDK's HTTP client is a private
    /// static one, so a local https server would need a certificate trusted machine-wide. Instead this puts a manager
    /// for this server's URLs into that cache, built exactly like the SDK's but with a retriever that allows http;
    /// everything else (keys, signature, issuer, lifetime, endorsements, audience, serviceurl) is the SDK's own check.
    /// </summary>
    private void AllowMetadataOverHttp()
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The Bot Framework SDK no longer has JwtTokenExtractor._openIdMetadataCache; revisit BotTokenIssuer.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        foreach (var metadataUrl in new[] { ChannelMetadataUrl, EmulatorMetadataUrl })
        {
            cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
                metadataUrl,
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = false });
        }
    }

    public void Dispose()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _signingKey.Dispose();
    }
}
