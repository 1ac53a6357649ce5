using Microsoft.Extensions.Options;

namespace TutorBot.Bot.Exports;

/// <summary>
/// The absolute URL of a prepared file (<c>{base}/exports/{token}</c>); absolute because Web Chat only links an
/// attachment whose <c>contentUrl</c> parses as an http(s), data or blob URL. The base is
/// <see cref="ExportOptions.PublicBaseUrl"/> when set, else the scheme, host and path base of the request the turn
/// came in on (the page's own address for the local Web Chat).
/// </summary>
internal sealed class DownloadLinks(IOptions<ExportOptions> options, IHttpContextAccessor http)
{
    /// <summary>The download URL of <paramref name="token"/>; null when no base address is known (no setting, no request).</summary>
    public Uri? For(string token)
    {
        var configured = options.Value.PublicBaseUrl;
        var baseUrl = !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim()
            : http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null;
        return baseUrl is null ? null : new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), ExportEndpoints.RelativePath(token));
    }
}
