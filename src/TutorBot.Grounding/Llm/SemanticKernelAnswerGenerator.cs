using Microsoft.Extensions.Logging;
using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;
using TutorBot.Grounding.Prompting;

namespace TutorBot.Grounding.Llm;

/// <summary>Writes answers with Semantic Kernel from the prompt in <c>Prompts/answer.txt</c>.</summary>
internal sealed class SemanticKernelAnswerGenerator(LlmCall call, LlmOptions options, ILogger<SemanticKernelAnswerGenerator> logger) : IAnswerGenerator
{
    private readonly AnswerPromptBuilder _prompts = new(options.PromptTokenBudget);

    public string NotFoundSentinel => AnswerPromptBuilder.Sentinel;

    public LlmPrompt BuildPrompt(Question question, IReadOnlyList<KnowledgeEntry> candidates)
    {
        var prompt = _prompts.Build(question, candidates);
        logger.LogDebug("Answer prompt: {Passages} of {Candidates} passages, ~{Tokens} tokens; question {Question}",
            prompt.Passages.Count, candidates.Count, prompt.EstimatedTokens, question.Text);
        return prompt;
    }


    public IAsyncEnumerable<string> StreamAsync(LlmPrompt prompt, CancellationToken cancellationToken) =>
        call.StreamAsync(prompt.System, prompt.User, options.MaxAnswerTokens, cancellationToken);
}
