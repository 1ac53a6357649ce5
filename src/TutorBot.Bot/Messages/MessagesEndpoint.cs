using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace TutorBot.Bot.Messages;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework endpoint that Azure Bot Service (Teams and the other channels) calls.
/// The adapter authenticates the request (401 without a valid token when an app id is configured), runs the turn
/// and answers 200, 400 for an activity it cannot read, or the invoke response.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return app;
    }
}
