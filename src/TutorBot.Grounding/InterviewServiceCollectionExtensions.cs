using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Retrieval;
using TutorBot.Grounding.Grading;

namespace TutorBot.Grounding;

/// <summary>Registers the mock interview engine and its grader.</summary>
public static class InterviewServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="InterviewEngine"/> (section <c>Interview</c>) and <see cref="IAnswerGrader"/>: the LLM
    /// rubric grader when <c>Llm:Provider</c> is set, falling back to the key-point coverage grader that
    /// AddRetrieval registers; that grader alone otherwise. Needs AddKnowledge, AddRetrieval and AddGrounding.
    /// </summary>
    public static IServiceCollection AddInterview(this IServiceCollection services)
    {
        services.AddOptions<InterviewOptions>().BindConfiguration(InterviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InterviewOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<KnowledgeCatalog>();
        services.AddSingleton<IAnswerGrader>(sp =>
        {
            var fallback = sp.GetRequiredKeyedService<IAnswerGrader>(AnswerGraders.KeyPointCoverage);
            var call = GroundingServiceCollectionExtensions.CreateCall(sp, sp.GetRequiredService<LlmOptions>());
            return call is null ? fallback
                : new SemanticKernelAnswerGrader(call, fallback, sp.GetRequiredService<ILogger<SemanticKernelAnswerGrader>>());
        });
        services.AddSingleton(sp => new InterviewEngine(
            sp.GetRequiredService<KnowledgeCatalog>(),
            sp.GetRequiredService<IKnowledgeSearch>(),
            sp.GetRequiredService<ITutor>(),
            sp.GetRequiredService<IAnswerGrader>(),
            sp.GetRequiredService<InterviewOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            new Random()));
        return services;
    }
}
