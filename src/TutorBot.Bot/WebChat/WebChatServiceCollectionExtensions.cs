using TutorBot.Bot.DirectLine;

namespace TutorBot.Bot.WebChat;

/// <summary>Registers the local web chat: <see cref="WebChatOptions"/> and the Direct Line subset behind the page.</summary>
internal static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>()
            .BindConfiguration(WebChatOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineTurns>();
        return services;
    }

    /// <summary>
    /// Serves the page (<c>GET /</c>, with Web Chat's bundle under <c>/lib</c>) and maps <c>/v3/directline</c> when
    /// <see cref="WebChatOptions.Enabled"/>; does nothing otherwise.
    /// </summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLine();
        return app;
    }
}
