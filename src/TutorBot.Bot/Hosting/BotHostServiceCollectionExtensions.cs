using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Exports;
using TutorBot.Bot.Turns;
using TutorBot.Bot.Feedback;
using TutorBot.Bot.Hosting.Health;
using TutorBot.Bot.Storage;
using TutorBot.Bot.Messages;
using TutorBot.Bot.Messages.Connectors;

namespace TutorBot.Bot.Hosting;

/// <summary>Registers the Bot Framework side of the host: options, authentication, the adapter, the bot and index warm-up.</summary>
internal static class BotHostServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BotOptions"/> (section <c>Bot</c>, validated at start-up), the Bot Framework authentication
    /// read by the SDK from the top-level <c>MicrosoftApp*</c> keys (off when <c>MicrosoftAppId</c> is empty), the
    /// one <see cref="TutorBotAdapter"/>, the <see cref="TutorActivityHandler"/> and its turns, the one-time import of
    /// an older version's <c>feedback.jsonl</c> into the state store, index warm-up, the state store's monitoring, and
    /// the retention sweep (<see cref="RetentionService"/>).
    /// </summary>
    public static IServiceCollection AddBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Kestrel stops accepting at once on SIGTERM and lets the requests in flight finish within this time.
        services.AddOptions<HostOptions>().Configure<IOptions<BotOptions>>((host, bot) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(bot.Value.ShutdownTimeoutSeconds));

        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<TutorBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<TutorBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TutorBotAdapter>());
        services.AddTransient<IBot, TutorActivityHandler>();
        services.AddSingleton<QuestionTurn>();
        services.AddSingleton<InterviewTurn>();
        services.AddSingleton<ProgressTurn>();
        services.AddSingleton<FeedbackTurn>();
        services.AddSingleton<LegacyFeedbackImport>();
        services.AddHostedService(sp => sp.GetRequiredService<LegacyFeedbackImport>());
        services.AddExports();

        services.AddSingleton<IndexReadiness>();
        services.AddHostedService<IndexWarmup>();
        services.AddBotHealthChecks();
        services.AddStateStoreMonitoring();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
