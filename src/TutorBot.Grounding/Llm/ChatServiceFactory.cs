using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace TutorBot.Grounding.Llm;

/// <summary>
/// Creates Semantic Kernel's chat completion service for the configured provider over the given HttpClient (which
/// carries the retry and timeout policy). OpenAI with an <see cref="LlmOptions.Endpoint"/> talks to any
/// OpenAI-compatible server.
/// </summary>
internal static class ChatServiceFactory
{
    // Local OpenAI-compatible servers ignore the key, but the connector insists on one.
    private const string NoKey = "none";

    public static IChatCompletionService Create(LlmOptions options, HttpClient http, ILoggerFactory? loggerFactory)
    {
        var model = options.Model!;
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        return options.Provider switch
        {
            LlmProvider.OpenAI when string.IsNullOrWhiteSpace(options.Endpoint) =>
                new OpenAIChatCompletionService(model, key, organization: null, httpClient: http, loggerFactory: loggerFactory),
#pragma warning disable SKEXP0010 // The custom-endpoint constructor is marked experimental; it is the documented way to reach compatible servers.
            LlmProvider.OpenAI =>
                new OpenAIChatCompletionService(model, new Uri(options.Endpoint!), key, organization: null, httpClient: http, loggerFactory: loggerFactory),
#pragma warning restore SKEXP0010
            LlmProvider.AzureOpenAI =>
                new AzureOpenAIChatCompletionService(model, options.Endpoint!, key, modelId: null, httpClient: http, loggerFactory: loggerFactory, apiVersion: options.AzureApiVersion),
            _ => throw new InvalidOperationException($"No chat service for provider {options.Provider}."),
        };
    }
}
