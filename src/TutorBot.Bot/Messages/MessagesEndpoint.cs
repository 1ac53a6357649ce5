using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using TutorBot.Bot.Limits;

namespace TutorBot.Bot.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint that Azure Bot Service (Teams and the other channels) calls.
/// The body is first checked by <see cref="ActivityBody"/> (400 with the reason for a body that is not an activity of
/// an acceptable shape: no conversation or serviceUrl, an id too long or with control characters, ...); then the
/// adapter authenticates the request (401 without a valid token when an app id is configured), runs the turn and
/// answers 200, or the invoke response.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ProcessAsync);
        return app;
    }

    private static async Task ProcessAsync(
        HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<BotOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (_, problem) = await ActivityBody.ReadAsync(request, options.Value.MaxIdChars, fromChannel: true, rewind: true, cancellationToken);
        if (problem is not null)
        {
            loggers.CreateLogger(typeof(MessagesEndpoint)).LogInformation("Refused an activity: {Problem}", problem);
            await LimitResponses.WriteAsync(response, StatusCodes.Status400BadRequest, "BadArgument", $"The body must be an activity: {problem}.");
            return;
        }

        try
        {
            await adapter.ProcessAsync(request, response, bot, cancellationToken);
        }
        catch (Exception ex) when (ex is SecurityTokenException or SecurityTokenArgumentException && !response.HasStarted)
        {
            // The adapter answers 401 only for UnauthorizedAccessException; a token whose signature matches no known
            // key, or that is not a JWT at all, reaches here as an IdentityModel exception and would otherwise be a 500.
            loggers.CreateLogger(typeof(MessagesEndpoint)).LogWarning("Rejected a Bot Framework token: {Reason}", ex.Message);
            response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }
}
