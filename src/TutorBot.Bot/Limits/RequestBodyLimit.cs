using Microsoft.Extensions.Options;

namespace TutorBot.Bot.Limits;

/// <summary>
/// Caps every request body at <see cref="BotOptions.MaxRequestBytes"/>: a declared <c>Content-Length</c> over it is
/// answered 413 at once, and a body without one (chunked) is cut off at the same size by <see cref="CappedRequestBody"/>,
/// which surfaces as a <see cref="BadHttpRequestException"/> while the endpoint reads; that, and any other malformed
/// request the server notices mid-read, is answered with its own 4xx here (and <c>Connection: close</c>, since the
/// rest of the body stays unread) rather than as the 500 of an unhandled exception.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next, IOptions<BotOptions> options, ILogger<RequestBodyLimit> logger)
{
    private readonly long _maxBytes = options.Value.MaxRequestBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _maxBytes)
        {
            await TooLargeAsync(context.Response);
            return;
        }

        context.Request.Body = new CappedRequestBody(context.Request.Body, _maxBytes);

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            logger.LogInformation("Refused a malformed request to {Path}: {StatusCode} {Reason}", context.Request.Path, ex.StatusCode, ex.Message);

            // The rest of the body is never read, so the connection cannot carry another request: tell the client.
            context.Response.Headers.Connection = "close";
            if (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await TooLargeAsync(context.Response);
                return;
            }

            await LimitResponses.WriteAsync(context.Response, ex.StatusCode, "BadArgument", "The request could not be read.");
        }
    }

    private Task TooLargeAsync(HttpResponse response) =>
        LimitResponses.WriteAsync(response, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The request body is larger than {_maxBytes} bytes.");
}
