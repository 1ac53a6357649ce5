namespace TutorBot.Grounding;

/// <summary>Which LLM service answers, if any.</summary>
public enum LlmProvider
{
    /// <summary>No LLM: answers come straight from the knowledge base entries.</summary>
    None,

    /// <summary>OpenAI, or any OpenAI-compatible server (Ollama, vLLM, LM Studio) at <see cref="LlmOptions.Endpoint"/>.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource at <see cref="LlmOptions.Endpoint"/>; <see cref="LlmOptions.Model"/> is the deployment name.</summary>
    AzureOpenAI,
}
