using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using TutorBot.Core.Answering;
using TutorBot.Core.FollowUps;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Grounding.Llm;

namespace TutorBot.Grounding;

/// <summary>Registers the answer pipeline and, when one is configured, the LLM behind it.</summary>
public static class GroundingServiceCollectionExtensions
{
    /// <summary>The named HttpClient the LLM connector uses (with retries and timeouts).</summary>
    public const string HttpClientName = "TutorBot.Llm";

    /// <summary>
    /// Adds <see cref="ITutor"/> (needs <see cref="IKnowledgeSearch"/>, see AddRetrieval), bound to the
    /// <c>Tutor</c> and <c>Llm</c> sections. With <c>Llm:Provider</c> None the tutor answers from the entries;
    /// otherwise Semantic Kernel's OpenAI or Azure OpenAI connector writes the answers, over an HttpClient that
    /// retries timeouts, 429 (honouring Retry-After) and 5xx a bounded number of times.
    /// </summary>
    public static IServiceCollection AddGrounding(this IServiceCollection services)
    {
        services.AddOptions<TutorOptions>().BindConfiguration(TutorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpClientName, (sp, http) =>
            {
                // The resilience handler owns the time limits; HttpClient's own 100 s default must not cut in first.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("llm", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)),
                    ShouldRetryAfterHeader = true,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds));
            });

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TutorOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value);
        services.AddSingleton<ITutor>(sp =>
        {
            var options = sp.GetRequiredService<LlmOptions>();
            var call = CreateCall(sp, options);
            var generator = call is null ? null
                : new SemanticKernelAnswerGenerator(call, options, sp.GetRequiredService<ILogger<SemanticKernelAnswerGenerator>>());
            var rewriter = call is not null && options.RewriteFollowUps ? new SemanticKernelQueryRewriter(call) : null;
            var search = sp.GetRequiredService<IKnowledgeSearch>();
            var tutorOptions = sp.GetRequiredService<TutorOptions>();
            var followUps = new FollowUpResponder(search, sp.GetRequiredService<IServedEntries>(), tutorOptions);
            return new Tutor(search, tutorOptions, generator, rewriter, followUps);
        });
        return services;
    }

    internal static LlmCall? CreateCall(IServiceProvider sp, LlmOptions options)
    {
        if (options.Provider == LlmProvider.None)
        {
            return null;
        }

        var loggers = sp.GetRequiredService<ILoggerFactory>();
        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        return new LlmCall(ChatServiceFactory.Create(options, http, loggers), options, loggers.CreateLogger<LlmCall>());
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (int?)outcome.Result?.StatusCode >= 500;
}
