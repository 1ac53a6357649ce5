using TutorBot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Grading;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Searching;

namespace TutorBot.Retrieval;

/// <summary>Registers the Lucene retrieval engine. Needs an <see cref="Core.Knowledge.IKnowledgeSource"/> (see AddKnowledge).</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeIndex"/> and <see cref="IKnowledgeSearch"/>, configured from the
    /// <c>Retrieval</c> section, and the no-LLM answer grader (<see cref="IAnswerGrader"/> keyed <c>AnswerGraders.KeyPointCoverage</c>, section <c>Grading</c>). Relative paths resolve against the host's content root.
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
        services.AddSingleton<IServedEntries, LuceneServedEntries>();
        services.AddOptions<GradingOptions>()
            .BindConfiguration(GradingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GradingOptions>>().Value);
        services.AddSingleton<KeyPointCoverageGrader>();
        // Keyed: the composition root decides which grader interviews use (this one, or the LLM's falling back to it).
        services.AddKeyedSingleton<IAnswerGrader>(AnswerGraders.KeyPointCoverage, (sp, _) => sp.GetRequiredService<KeyPointCoverageGrader>());
        return services;
    }
}
