using TutorBot.Bot.Teams;
using TutorBot.Bot.Turns;

namespace TutorBot.Bot.Exports;

/// <summary>Registers the Anki export's bot side: <see cref="ExportOptions"/>, prepared files, download links and the turns.</summary>
internal static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<PreparedExports>();
        services.AddSingleton<DownloadLinks>();
        services.AddSingleton<ExportTurn>();
        services.AddSingleton<FileConsentTurn>();
        return services;
    }
}
