using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TutorBot.Core.Answering;
using TutorBot.Core.Export;
using TutorBot.Core.Feedback;
using TutorBot.Core.FollowUps;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Reminders;
using TutorBot.Core.Retrieval;
using TutorBot.Core.Progress;
using TutorBot.Core.Suggestions;
using TutorBot.Charts;
using TutorBot.Grounding;
using TutorBot.Knowledge;
using TutorBot.Retrieval;
using TutorBot.Storage.AzureBlob;

namespace TutorBot.Composition;

/// <summary>The one place TutorBot is wired, shared by the bot host and the command line.</summary>
public static class TutorBotServiceCollectionExtensions
{
    /// <summary>
    /// Adds everything but the channel, in the order data flows: the knowledge files (<c>Knowledge</c>), the Lucene
    /// index and the no-LLM grader (<c>Retrieval</c>, <c>Grading</c>), the state store (<c>Storage</c>: SQLite, or Azure
    /// Blob Storage shared by several hosts, by <c>Storage:Provider</c>), the optional
    /// LLM (<c>Llm</c>), the progress chart (<c>Charts</c>), then Core's services over them: the tutor (<c>Tutor</c>),
    /// question history, the interview engine, its store and grader (<c>Interview</c>), the learner's progress,
    /// reminders, feedback votes and the answers they refer to (<c>Feedback</c>), follow-up suggestions and the clock. Options are bound from the
    /// host's configuration and validated at start-up.
    /// </summary>
    public static IServiceCollection AddTutorBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledge();
        services.AddRetrieval();
        services.AddStateStore(configuration);
        services.AddLlm();
        services.AddCharts();
        return services.AddCoreServices();
    }

    private static IServiceCollection AddCoreServices(this IServiceCollection services)
    {
        services.AddOptions<TutorOptions>().BindConfiguration(TutorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InterviewOptions>().BindConfiguration(InterviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TutorOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InterviewOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FeedbackOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new FollowUpResponder(
            sp.GetRequiredService<IKnowledgeSearch>(), sp.GetRequiredService<IServedEntries>(), sp.GetRequiredService<TutorOptions>()));
        services.AddSingleton<ITutor>(sp =>
        {
            var llm = sp.GetRequiredService<LlmServices>();
            return new Tutor(sp.GetRequiredService<IKnowledgeSearch>(), sp.GetRequiredService<TutorOptions>(),
                llm.Generator, llm.Rewriter, sp.GetRequiredService<FollowUpResponder>());
        });
        services.AddSingleton<ConversationHistory>();
        services.AddSingleton<FollowUpSuggester>();

        services.AddSingleton<InterviewQuestions>();
        services.AddSingleton(sp => sp.GetRequiredService<LlmServices>().Grader(
            sp.GetRequiredKeyedService<IAnswerGrader>(AnswerGraders.KeyPointCoverage)));
        services.AddSingleton<InterviewStore>();
        services.AddSingleton<LearnerProgress>();
        services.AddSingleton(sp => new InterviewEngine(
            sp.GetRequiredService<InterviewQuestions>(),
            sp.GetRequiredService<IKnowledgeSearch>(),
            sp.GetRequiredService<ITutor>(),
            sp.GetRequiredService<IAnswerGrader>(),
            sp.GetRequiredService<InterviewOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            new Random()));
        services.AddSingleton<ReminderStore>();
        services.AddSingleton<ReminderClaims>();
        services.AddSingleton<StudyExport>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<AnswerLedger>();
        return services;
    }
}
