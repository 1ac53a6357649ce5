namespace TutorBot.Bot.Hosting;

/// <summary>
/// Listens on http://localhost:3978 (the Bot Framework's customary port) unless an address is configured
/// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>Urls</c> in settings).
/// </summary>
internal static class DefaultUrl
{
    public const string Value = "http://localhost:3978";

    public static WebApplicationBuilder UseBotDefaultUrl(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["urls"] ?? builder.Configuration["http_ports"] ?? builder.Configuration["https_ports"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            builder.WebHost.UseUrls(Value);
        }

        return builder;
    }
}
