using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace TutorBot.Bot.Messages.Connectors;

/// <summary>
/// The host's Bot Framework authentication, less what <c>CloudAdapter</c> otherwise builds for every turn: a new
/// <c>ConnectorClient</c> and a new user-token client, each a <c>Microsoft.Rest.ServiceClient</c> whose constructor
/// reads assembly attributes and cleans its user agent with regular expressions (a third of all the host's
/// allocation under load, measured in docs/performance.md, "Load"). Connector clients are kept per identity (audience and app claims),
/// service URL and audience for <see cref="ConnectorLifetime"/> (what <c>IHttpClientFactory</c> gives a handler, so a service's
/// DNS changes are still picked up) and at most <see cref="MaxConnectors"/> of them; the user-token client is built
/// only when a turn uses it (sign-in, which TutorBot does not use). Authentication itself is unchanged: every call is
/// passed to <paramref name="inner"/>.
/// </summary>
public sealed class ReusingBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication, IDisposable
{
    /// <summary>How long a connector client is reused.</summary>
    public static readonly TimeSpan ConnectorLifetime = TimeSpan.FromMinutes(2);

    /// <summary>Most connector clients kept (a service URL comes from the activity, so the count is bounded).</summary>
    public const int MaxConnectors = 256;

    private readonly MemoryCache _connectors = new(new MemoryCacheOptions { SizeLimit = MaxConnectors });

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusedConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity), _connectors, ConnectorLifetime);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(() => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <summary>Connector clients kept now.</summary>
    public int ConnectorCount => _connectors.Count;

    public void Dispose() => _connectors.Dispose();

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not ReusedConnectorFactory)
        {
            result.ConnectorFactory = new ReusedConnectorFactory(factory, AppIdOf(result.ClaimsIdentity), _connectors, ConnectorLifetime);
        }

        return result;
    }

    // What a connector factory is made for: the request's audience and app claims (none when auth is off).
    private static string AppIdOf(ClaimsIdentity? identity) => identity is null
        ? ""
        : string.Join('|', identity.Claims
            .Where(c => c.Type is AuthenticationConstants.AudienceClaim or AuthenticationConstants.AppIdClaim or AuthenticationConstants.AuthorizedParty)
            .Select(c => $"{c.Type}={c.Value}"));
}
