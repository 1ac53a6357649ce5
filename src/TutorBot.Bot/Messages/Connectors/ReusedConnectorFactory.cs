using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace TutorBot.Bot.Messages.Connectors;

/// <summary>
/// Hands out the connector client kept for the same app id, service URL and audience, building it with
/// <paramref name="inner"/> when there is none. Each turn gets a <see cref="SharedConnectorClient"/>, so the adapter's
/// dispose at the end of the turn leaves the kept client open. Two turns that miss at once each build one and the
/// last kept wins; the other is simply not reused (its HTTP client belongs to <c>IHttpClientFactory</c>).
/// </summary>
internal sealed class ReusedConnectorFactory(ConnectorFactory inner, string appId, MemoryCache connectors, TimeSpan lifetime) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience);
        if (!connectors.TryGetValue(key, out IConnectorClient? client) || client is null)
        {
            client = await inner.CreateAsync(serviceUrl, audience, cancellationToken);
            connectors.Set(key, client, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        }

        return new SharedConnectorClient(client);
    }
}
