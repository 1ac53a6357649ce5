using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TutorBot.Bot.DirectLine;

namespace TutorBot.Bot.Limits;

/// <summary>
/// Rate limits of the local Direct Line, with ASP.NET Core's rate limiter and <see cref="DirectLineRateLimitOptions"/>:
/// every <c>/v3/directline</c> request counts against its client address; starting a conversation (no token) counts
/// against the address too (<see cref="Starts"/>); posting an activity counts against the conversation
/// (<see cref="Posts"/>), so a flood through one conversation is stopped whichever token or address it uses.
/// A refused request gets 429 with <c>Retry-After</c> (whole seconds) and a Direct Line error body.
/// </summary>
/// <remarks>
/// The client address is the connection's remote address. Behind a reverse proxy every client shares the proxy's
/// address, so set the limits with that in mind (or forward the client address with ASP.NET Core's forwarded headers).
/// </remarks>
internal static class DirectLineRateLimits
{
    /// <summary>The policy of the routes that start a conversation.</summary>
    public const string Starts = "directline-starts";

    /// <summary>The policy of the route that posts an activity.</summary>
    public const string Posts = "directline-posts";

    public static IServiceCollection AddDirectLineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<DirectLineRateLimitOptions>()
            .BindConfiguration(DirectLineRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<DirectLineRateLimitOptions>, ILoggerFactory>((limiter, limits, loggers) =>
                Configure(limiter, limits.Value, loggers.CreateLogger(typeof(DirectLineRateLimits))));
        return services;
    }

    private static void Configure(RateLimiterOptions limiter, DirectLineRateLimitOptions limits, ILogger logger)
    {
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) => RejectAsync(context, window, logger);
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.StartsWithSegments(DirectLineEndpoints.Prefix)
                ? FixedWindow("client " + ClientOf(context), limits.RequestsPerClient, window)
                : RateLimitPartition.GetNoLimiter(""));
        limiter.AddPolicy(Starts, context => DirectLineEndpoints.BearerToken(context.Request) is null
            ? FixedWindow("start " + ClientOf(context), limits.ConversationsPerClient, window)
            : RateLimitPartition.GetNoLimiter("resume"));

        // Only ids the host could have issued get a counter; any other is refused 400 by the endpoint anyway.
        limiter.AddPolicy(Posts, context => context.Request.RouteValues["conversationId"] is string id && IdRules.IsDirectLineId(id)
            ? FixedWindow("conversation " + id, limits.PostsPerConversation, window)
            : RateLimitPartition.GetNoLimiter("no conversation"));
    }

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window, ILogger logger)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        logger.LogWarning("Rate limit reached: {Method} {Path} from {Client}, retry after {Seconds} s", http.Request.Method, http.Request.Path, ClientOf(http), seconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await LimitResponses.WriteAsync(http.Response, StatusCodes.Status429TooManyRequests, "TooManyRequests", $"Too many requests; try again in {seconds} s.");
    }
}
