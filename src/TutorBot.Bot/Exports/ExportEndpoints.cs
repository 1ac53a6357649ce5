namespace TutorBot.Bot.Exports;

/// <summary>
/// <c>GET /exports/{token}</c>: the prepared Anki file as a download (<c>Content-Disposition: attachment</c>, UTF-8
/// text, never cached); 404 for a malformed, unknown or expired token, the same answer in every case.
/// </summary>
internal static class ExportEndpoints
{
    public const string Prefix = "/exports";

    /// <summary>The route of <paramref name="token"/> relative to the host's base address.</summary>
    public static string RelativePath(string token) => Prefix.TrimStart('/') + "/" + Uri.EscapeDataString(token);

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "/{token}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string token, PreparedExports exports, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await exports.FindAsync(token, cancellationToken) is not { } export)
        {
            return Results.NotFound();
        }

        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(export.Bytes(), "text/plain; charset=utf-8", export.FileName);
    }
}
