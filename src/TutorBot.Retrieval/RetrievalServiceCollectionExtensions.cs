using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Searching;

namespace TutorBot.Retrieval;

/// <summary>Registers the Lucene retrieval engine. Needs an <see cref="Core.Knowledge.IKnowledgeSource"/> (see AddKnowledge).</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeIndex"/> and <see cref="IKnowledgeSearch"/>, configured from the
    /// <c>Retrieval</c> section. Relative paths resolve against the host's content root.
    /// </summary>
    public static IServiceCollection AddRetrieval(this IServiceCollection services)
    {
        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => RetrievalPaths.Resolve(
            sp.GetRequiredService<IOptions<RetrievalOptions>>().Value,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetrievalOptions>>().Value);
        services.AddSingleton<IndexHolder>();
        services.AddSingleton<LuceneKnowledgeIndex>();
        services.AddSingleton<IKnowledgeIndex>(sp => sp.GetRequiredService<LuceneKnowledgeIndex>());
        services.AddSingleton<IKnowledgeSearch, LuceneKnowledgeSearch>();
        return services;
    }
}
