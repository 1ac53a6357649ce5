using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Limits;

namespace TutorBot.Bot.DirectLine;

/// <summary>
/// The subset of Direct Line 3.0 that Web Chat needs, over polling, under <c>/v3/directline</c>:
/// <c>POST tokens/generate</c> and <c>POST conversations</c> start a conversation and issue a token bound to it;
/// <c>GET|POST conversations/{id}/activities</c> read (from a watermark) and post; <c>POST tokens/refresh</c> renews
/// the token. A token only opens its own conversation: any other is 403, an unknown or ended conversation 404, an id
/// the host could not have issued 400. Starting and posting are rate limited (<see cref="DirectLineRateLimits"/>).
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix);
        group.MapPost("/tokens/generate", StartAsync).RequireRateLimiting(DirectLineRateLimits.Starts);
        group.MapPost("/conversations", StartOrResumeAsync).RequireRateLimiting(DirectLineRateLimits.Starts);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapGet("/conversations/{conversationId}/activities", Read);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync).RequireRateLimiting(DirectLineRateLimits.Posts);
        return app;
    }

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineConversations conversations, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        var (conversation, token) = conversations.Start();
        await turns.StartAsync(conversation, PreferredLocale(request), cancellationToken);
        return Started(conversation, token, conversations, StatusCodes.Status200OK);
    }

    private static async Task<IResult> StartOrResumeAsync(HttpRequest request, DirectLineConversations conversations, DirectLineTurns turns, CancellationToken cancellationToken)
    {
        var token = BearerToken(request);
        if (token is null)
        {
            return await StartAsync(request, conversations, turns, cancellationToken);
        }

        return conversations.FindByToken(token) is { } conversation
            ? Started(conversation, token, conversations, StatusCodes.Status201Created)
            : Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
    }

    private static IResult Refresh(HttpRequest request, DirectLineConversations conversations)
    {
        if (conversations.FindByToken(BearerToken(request)) is not { } conversation)
        {
            return Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token is not valid or has expired.");
        }

        var fresh = conversation.IssueToken(conversations.NewTokenExpiry);
        return Started(conversation, fresh, conversations, StatusCodes.Status200OK);
    }

    private static IResult Read(string conversationId, string? watermark, HttpRequest request, DirectLineConversations conversations)
    {
        if (Authorize(conversationId, request, conversations, out var failure) is not { } conversation)
        {
            return failure!;
        }

        var (activities, next) = conversation.Read(int.TryParse(watermark, out var seen) ? seen : 0);
        return DirectLineJson.Result(new { activities = new JArray(activities), watermark = next.ToString() });
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineConversations conversations, DirectLineTurns turns, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        if (Authorize(conversationId, request, conversations, out var failure) is not { } conversation)
        {
            return failure!;
        }

        var (activity, problem) = await DirectLineJson.ReadActivityAsync(request, options.Value.MaxIdChars, cancellationToken);
        if (activity is null)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body must be an activity: {problem}.");
        }

        if (conversation.IsFull)
        {
            conversations.End(conversation.Id);
            return Error(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended; start a new one.");
        }

        // The turn finishes even if the page stops waiting; its replies are then read on the next poll.
        var id = await turns.PostAsync(conversation, activity, CancellationToken.None);
        return DirectLineJson.Result(new { id });
    }

    private static DirectLineConversation? Authorize(string conversationId, HttpRequest request, DirectLineConversations conversations, out IResult? failure)
    {
        if (!IdRules.IsDirectLineId(conversationId))
        {
            failure = Error(StatusCodes.Status400BadRequest, "BadArgument", $"A conversation id is 1 to {IdRules.MaxDirectLineIdChars} letters, digits, '-' or '_'.");
            return null;
        }

        var conversation = conversations.Find(conversationId);
        failure = conversation is null
            ? Error(StatusCodes.Status404NotFound, "NotFound", "Unknown or ended conversation.")
            : conversation.Accepts(BearerToken(request))
                ? null
                : Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token does not open this conversation or has expired.");
        return failure is null ? conversation : null;
    }

    private static IResult Started(DirectLineConversation conversation, string token, DirectLineConversations conversations, int status) =>
        DirectLineJson.Result(new { conversationId = conversation.Id, token, expires_in = (int)conversations.TokenLifetime.TotalSeconds }, status);

    private static IResult Error(int status, string code, string message) =>
        DirectLineJson.Result(new { error = new { code, message } }, status);

    /// <summary>The token of an <c>Authorization: Bearer</c> header, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }

    private static string? PreferredLocale(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value).FirstOrDefault();
}
