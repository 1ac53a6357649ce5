using System.Text.Json;

namespace TutorBot.Bot.Limits;

/// <summary>
/// The body of a refusal, as Direct Line words its errors: <c>{"error":{"code":"...","message":"..."}}</c>, for
/// <c>/api/messages</c> and the local Direct Line alike. The message names the rule, never echoes the input.
/// </summary>
internal static class LimitResponses
{
    public static async Task WriteAsync(HttpResponse response, int statusCode, string code, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(JsonSerializer.Serialize(new { error = new { code, message } }));
    }

    public static IResult Result(int statusCode, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: statusCode);
}
