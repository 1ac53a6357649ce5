using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using TutorBot.Grounding.Llm;

namespace TutorBot.Grounding;

/// <summary>Registers the optional LLM: Semantic Kernel's OpenAI or Azure OpenAI connector over a resilient HttpClient.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>The named HttpClient the LLM connector uses (with retries and timeouts).</summary>
    public const string HttpClientName = "TutorBot.Llm";

    /// <summary>
    /// Adds <see cref="LlmServices"/> bound to the <c>Llm</c> section. With <c>Llm:Provider</c> None it holds
    /// nothing; otherwise its parts call the configured endpoint over an HttpClient that retries timeouts, 429
    /// (honouring Retry-After) and 5xx a bounded number of times.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value);
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
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<LlmOptions>();
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            return new LlmServices(CreateCall(sp, options, loggers), options, loggers);
        });
        return services;
    }

    private static LlmCall? CreateCall(IServiceProvider sp, LlmOptions options, ILoggerFactory loggers)
    {
        if (options.Provider == LlmProvider.None)
        {
            return null;
        }

        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        return new LlmCall(ChatServiceFactory.Create(options, http, loggers), options, loggers.CreateLogger<LlmCall>());
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (int?)outcome.Result?.StatusCode >= 500;
}
