using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Answering;

/// <summary>
/// The LLM port: writes an answer from numbered passages. Implemented outside Core (Semantic Kernel). Faults the
/// implementation could not recover from (after its own bounded retries) surface as
/// <see cref="AnswerGenerationException"/>; the pipeline then falls back to the extractive answer.
/// </summary>
public interface IAnswerGenerator
{
    /// <summary>The sentence the LLM is told to reply with, alone, when the passages do not answer the question.</summary>
    string NotFoundSentinel { get; }

    /// <summary>Builds the prompt: <paramref name="candidates"/> (best first) are trimmed to the token budget.</summary>
    LlmPrompt BuildPrompt(Question question, IReadOnlyList<KnowledgeEntry> candidates);

    /// <summary>Sends the prompt and yields the reply as it arrives (a reply that is not streamed comes as one piece).</summary>
    IAsyncEnumerable<string> StreamAsync(LlmPrompt prompt, CancellationToken cancellationToken);
}
