namespace TutorBot.Bot.Limits;

/// <summary>
/// The host's defences against hostile input that sit in front of the endpoints: Direct Line rate limits (429) and
/// the request body cap (413). What the endpoints check themselves (ids, activity shape, text) is in this folder too.
/// </summary>
internal static class InputLimitsExtensions
{
    /// <summary>Adds <see cref="DirectLineRateLimitOptions"/> (validated at start-up) and ASP.NET Core's rate limiter.</summary>
    public static IServiceCollection AddInputLimits(this IServiceCollection services) => services.AddDirectLineRateLimits();

    /// <summary>Puts the rate limiter, then <see cref="RequestBodyLimit"/>, in front of every endpoint.</summary>
    public static WebApplication UseInputLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
