using TutorBot.Core.Answering;
using TutorBot.Grounding.Prompting;

namespace TutorBot.Grounding.Llm;

/// <summary>Rewrites follow-up messages into standalone retrieval queries with the prompt in <c>Prompts/rewrite.txt</c>.</summary>
internal sealed class SemanticKernelQueryRewriter(LlmCall call) : IQueryRewriter
{
    private const int MaxQueryTokens = 80;

    public async Task<string> RewriteAsync(Question question, CancellationToken cancellationToken)
    {
        var (system, user) = RewritePromptBuilder.Build(question);
        var reply = await call.CompleteAsync(system, user, MaxQueryTokens, cancellationToken);
        // Only the first line counts; a chatty model's explanation must not become the query.
        return reply.Trim().Split('\n', 2)[0].Trim().Trim('"', '“', '”');
    }
}
