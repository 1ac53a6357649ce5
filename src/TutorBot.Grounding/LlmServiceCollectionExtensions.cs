using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    /// Adds <see cref="LlmServices"/> bound to the <c>Llm</c> section, and the <see cref="LlmCircuit"/> that reports
    /// the endpoint's circuit breaker. With <c>Llm:Provider</c> None it holds nothing; otherwise its parts call the
    /// configured endpoint over an HttpClient that retries timeouts, 429 (honouring Retry-After) and 5xx a bounded
    /// number of times, and stops calling for <c>Llm:BreakerBreakSeconds</c> once too many attempts failed.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LlmOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LlmCircuit>();
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
                    // A Retry-After past the whole budget is not waited for: the answer comes from the knowledge base at once.
                    ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsTransient(args.Outcome)
                        && !(RetryAfter(args.Outcome.Result) > TimeSpan.FromSeconds(options.TimeoutSeconds))),
                    ShouldRetryAfterHeader = true,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                });
                // Inside the retry, so every attempt counts; a rejected call (BrokenCircuitException) is not retried.
                var circuit = context.ServiceProvider.GetRequiredService<LlmCircuit>();
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
                    BreakDuration = TimeSpan.FromSeconds(options.BreakerBreakSeconds),
                    // A cancelled attempt counts too: the total timeout cuts the last attempt to a hanging endpoint.
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) || args.Outcome.Exception is OperationCanceledException),
                    StateProvider = circuit.StateProvider,
                    OnOpened = args =>
                    {
                        circuit.Opened(args.BreakDuration, Describe(args.Outcome));
                        return default;
                    },
                    OnHalfOpened = _ =>
                    {
                        circuit.HalfOpened();
                        return default;
                    },
                    OnClosed = _ =>
                    {
                        circuit.Closed();
                        return default;
                    },
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

    private static TimeSpan? RetryAfter(HttpResponseMessage? response) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Result is { } response
        ? $"{(int)response.StatusCode} {response.StatusCode}"
        : outcome.Exception?.GetType().Name ?? "unknown";

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (int?)outcome.Result?.StatusCode >= 500;
}
