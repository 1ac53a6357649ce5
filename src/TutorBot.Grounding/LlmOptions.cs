using System.ComponentModel.DataAnnotations;

namespace TutorBot.Grounding;

/// <summary>
/// The LLM connection, section <c>Llm</c>. Environment variables override it (<c>Llm__Provider=OpenAI</c>,
/// <c>Llm__Endpoint=http://127.0.0.1:11434/v1</c>, <c>Llm__Model=qwen2.5:7b</c>, <c>Llm__ApiKey=...</c>).
/// The API key belongs in the environment or user-secrets, never in a committed file.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    /// <summary>Which service answers; <see cref="LlmProvider.None"/> (the default) answers without an LLM.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>
    /// Base URL of the API, e.g. <c>http://127.0.0.1:11434/v1</c> for Ollama. Empty for OpenAI means api.openai.com;
    /// required for Azure OpenAI (<c>https://NAME.openai.azure.com/</c>).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id (OpenAI, compatible servers) or deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>The API key. Local OpenAI-compatible servers usually accept any value; empty is sent as "none".</summary>
    public string? ApiKey { get; set; }

    /// <summary>Longest wait, in seconds, for a whole answer including retries; after it the extractive answer is given.</summary>
    [Range(0.1, 600)]
    public double TimeoutSeconds { get; set; } = 30;

    /// <summary>Longest wait, in seconds, for one HTTP attempt to return its response headers.</summary>
    [Range(0.1, 600)]
    public double AttemptTimeoutSeconds { get; set; } = 15;

    /// <summary>Retries after a timeout, 429, 5xx or malformed response (0 to 5). A Retry-After header is honoured.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay in seconds when the server gives no Retry-After; later ones grow exponentially.</summary>
    [Range(0.0, 60)]
    public double RetryDelaySeconds { get; set; } = 1;

    /// <summary>
    /// Share of failed HTTP attempts (timeouts, refused connections, 408, 429, 5xx) within
    /// <see cref="BreakerSamplingSeconds"/> that opens the circuit, 0.1 to 1. While it is open no call reaches the
    /// endpoint and answers come from the knowledge base at once, with the notice.
    /// </summary>
    [Range(0.1, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>
    /// Fewest attempts within the sampling window before the circuit can open (2 to 1000). Above 1 +
    /// <see cref="MaxRetries"/> (the default 4 against 3 attempts per question), one question's failures alone never open it.
    /// </summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 4;

    /// <summary>The window, in seconds, over which the failure ratio is measured.</summary>
    [Range(0.5, 86_400)]
    public double BreakerSamplingSeconds { get; set; } = 120;

    /// <summary>How long, in seconds, the circuit stays open; then one call goes through as a probe and closes it on success.</summary>
    [Range(0.5, 86_400)]
    public double BreakerBreakSeconds { get; set; } = 30;

    /// <summary>Most estimated tokens in a prompt (instructions, history, passages, question); passages are dropped, worst first, to fit.</summary>
    [Range(200, 1_000_000)]
    public int PromptTokenBudget { get; set; } = 3000;

    /// <summary>Most tokens the LLM may write in an answer.</summary>
    [Range(16, 32_000)]
    public int MaxAnswerTokens { get; set; } = 800;

    /// <summary>Sampling temperature (0 to 2); low keeps the model close to the passages.</summary>
    [Range(0.0, 2.0)]
    public double Temperature { get; set; } = 0.1;

    /// <summary>When true, follow-up messages are rewritten into standalone retrieval queries by the LLM.</summary>
    public bool RewriteFollowUps { get; set; } = true;

    /// <summary>Azure OpenAI API version; null for the connector's default.</summary>
    public string? AzureApiVersion { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == LlmProvider.None)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult($"Llm:Model is required when Llm:Provider is {Provider}.", [nameof(Model)]);
        }

        if (!string.IsNullOrWhiteSpace(Endpoint) && !Uri.TryCreate(Endpoint, UriKind.Absolute, out _))
        {
            yield return new ValidationResult($"Llm:Endpoint '{Endpoint}' is not an absolute URL.", [nameof(Endpoint)]);
        }

        if (Provider == LlmProvider.AzureOpenAI && (string.IsNullOrWhiteSpace(Endpoint) || string.IsNullOrWhiteSpace(ApiKey)))
        {
            yield return new ValidationResult("Llm:Endpoint and Llm:ApiKey are required for Azure OpenAI.", [nameof(Endpoint), nameof(ApiKey)]);
        }

        if (Provider == LlmProvider.OpenAI && string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult("Llm:ApiKey is required for OpenAI's own service (set Llm__ApiKey in the environment).", [nameof(ApiKey)]);
        }
    }
}
