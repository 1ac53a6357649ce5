using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly.CircuitBreaker;
using TutorBot.Core.Answering;

namespace TutorBot.Grounding.Llm;

/// <summary>
/// One chat call with TutorBot's fault rules: the HttpClient underneath retries timeouts, 429 and 5xx; this layer
/// adds the overall time limit (also over a streamed body), retries malformed or empty replies within the same
/// bound, and turns every failure into <see cref="AnswerGenerationException"/>. The caller's own cancellation
/// passes through as <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class LlmCall(IChatCompletionService chat, LlmOptions options, ILogger logger)
{
    public async Task<string> CompleteAsync(string system, string user, int maxTokens, CancellationToken cancellationToken)
    {
        using var budget = Budget(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var reply = await chat.GetChatMessageContentAsync(History(system, user), Settings(maxTokens), kernel: null, budget.Token);
                if (string.IsNullOrWhiteSpace(reply.Content))
                {
                    throw new MalformedReplyException("the reply has no text");
                }

                return reply.Content;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsMalformed(ex) && attempt < options.MaxRetries && !budget.IsCancellationRequested)
            {
                logger.LogWarning("The LLM sent a malformed reply ({Error}); retrying ({Attempt}/{Max})", ex.Message, attempt + 1, options.MaxRetries);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw Failure(ex);
            }
        }
    }

    /// <summary>
    /// The reply as it arrives. A reply that fails before any text arrived and was malformed (not a refusal or a
    /// timeout) is asked for again within the same time budget, as <see cref="CompleteAsync"/> does; once text was
    /// yielded a failure ends the stream. A stream that ends without the model's finish reason (cut off by the
    /// network or the server) is a failure too, not a shorter answer.
    /// </summary>
    public async IAsyncEnumerable<string> StreamAsync(string system, string user, int maxTokens, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var budget = Budget(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var stream = chat.GetStreamingChatMessageContentsAsync(History(system, user), Settings(maxTokens), kernel: null, budget.Token);
            await using var parts = stream.GetAsyncEnumerator(budget.Token);
            var any = false;
            var finished = false;
            Exception? retry = null;
            while (true)
            {
                string? text;
                try
                {
                    text = await parts.MoveNextAsync() ? parts.Current.Content ?? "" : null;
                    finished |= text is not null && HasFinishReason(parts.Current);
                    if (text is null && !any)
                    {
                        throw new MalformedReplyException("the streamed reply has no text");
                    }

                    if (text is null && !finished)
                    {
                        throw new MalformedReplyException("the streamed reply was cut off before the model finished it");
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !any && IsMalformed(ex) && attempt < options.MaxRetries && !budget.IsCancellationRequested)
                {
                    retry = ex;
                    break;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    throw Failure(ex);
                }

                if (text is null)
                {
                    yield break;
                }

                any |= text.Length > 0;
                yield return text;
            }

            logger.LogWarning("The LLM sent a malformed reply ({Error}); retrying ({Attempt}/{Max})", retry.Message, attempt + 1, options.MaxRetries);
        }
    }

    private static bool HasFinishReason(StreamingChatMessageContent part) => part is OpenAIStreamingChatMessageContent { FinishReason: not null }
        || part.Metadata?.TryGetValue("FinishReason", out var reason) == true && reason is not null && !string.IsNullOrEmpty(reason.ToString());

    private CancellationTokenSource Budget(CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        return budget;
    }

    private AnswerGenerationException Failure(Exception ex)
    {
        if (Find<BrokenCircuitException>(ex) is { } broken)
        {
            // LlmCircuit logged the opening once; each call it turns away is not worth a warning.
            logger.LogDebug("The LLM circuit is open; not calling the endpoint");
            return new AnswerGenerationException("the LLM circuit is open after repeated failures", broken);
        }

        logger.LogWarning("The LLM call failed: {Error}", ex.GetType().Name + ": " + ex.Message);
        return ex is OperationCanceledException or Polly.Timeout.TimeoutRejectedException
            ? new AnswerGenerationException($"the LLM did not answer within {options.TimeoutSeconds:0.#} s", ex)
            : new AnswerGenerationException($"the LLM call failed ({ex.GetType().Name})", ex);
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }

    // A reply that arrived but cannot be read is worth another try; a connection failure or timeout is not (the
    // HTTP layer already retried it), nor is a refusal (4xx).
    private static bool IsMalformed(Exception ex)
    {
        var malformed = false;
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException:
                    return false;
                case HttpOperationException { StatusCode: { } status } when status != System.Net.HttpStatusCode.OK:
                    return false;
                case MalformedReplyException or JsonException or FormatException or KeyNotFoundException:
                    malformed = true;
                    break;
            }
        }

        return malformed;
    }

    private static ChatHistory History(string system, string user)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(system);
        history.AddUserMessage(user);
        return history;
    }

    private OpenAIPromptExecutionSettings Settings(int maxTokens) => new()
    {
        Temperature = options.Temperature,
        MaxTokens = maxTokens,
    };

    private sealed class MalformedReplyException(string message) : Exception(message);
}
