using System.Net.Http.Headers;
using System.Text;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>One generated request: what it tries (<paramref name="Kind"/>), and everything needed to send it.</summary>
internal sealed record HostileRequest(
    string Kind,
    string Method,
    string Path,
    byte[]? Body = null,
    string? ContentType = "application/json",
    string? Authorization = null,
    string? AcceptLanguage = null,
    bool Chunked = false)
{
    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(baseAddress, Path));
        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }

        if (AcceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", AcceptLanguage);
        }

        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = null;
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            request.Headers.TransferEncodingChunked = Chunked ? true : null;
        }

        return request;
    }

    public override string ToString()
    {
        var body = Body is null ? "no body" : $"{Body.Length} bytes{(Chunked ? " chunked" : "")}: {Shorten(Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 600)]))}";
        return $"{Kind}: {Method} {Shorten(Path)} [{ContentType}] auth={Shorten(Authorization ?? "none")} lang={Shorten(AcceptLanguage ?? "none")} {body}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"…({text.Length} chars)";
}
