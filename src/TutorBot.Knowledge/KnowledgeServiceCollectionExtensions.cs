using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Knowledge;

/// <summary>Registers the file-based knowledge base.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="KnowledgeOptions"/> from the <c>Knowledge</c> section (validated at start-up) and registers
    /// <see cref="FileKnowledgeSource"/> as the singleton <see cref="IKnowledgeSource"/>. A relative root resolves
    /// against <see cref="IHostEnvironment.ContentRootPath"/> (the current directory when no host environment is registered).
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<FileKnowledgeSource>();
            return new FileKnowledgeSource(options.ResolveRoot(contentRoot), logger, options);
        });
        services.AddSingleton<IKnowledgeSource>(provider => provider.GetRequiredService<FileKnowledgeSource>());
        return services;
    }
}
