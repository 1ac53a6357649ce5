using Microsoft.Extensions.Logging;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Grounding.Grading;
using TutorBot.Grounding.Llm;

namespace TutorBot.Grounding;

/// <summary>
/// What the LLM adds to Core's services, or nothing: with <c>Llm:Provider</c> None every member is null or passes
/// its argument through, and Semantic Kernel is never loaded. Otherwise the answer generator and the follow-up
/// rewriter (when <c>Llm:RewriteFollowUps</c>) go into Core's tutor, and the rubric grader wraps the no-LLM grader
/// as its fallback.
/// </summary>
public sealed class LlmServices
{
    private readonly LlmCall? _call;
    private readonly ILoggerFactory _loggers;

    internal LlmServices(LlmCall? call, LlmOptions options, ILoggerFactory loggers)
    {
        _call = call;
        _loggers = loggers;
        Generator = call is null ? null : new SemanticKernelAnswerGenerator(call, options, loggers.CreateLogger<SemanticKernelAnswerGenerator>());
        Rewriter = call is not null && options.RewriteFollowUps ? new SemanticKernelQueryRewriter(call) : null;
    }

    /// <summary>The LLM that writes answers from passages; null without an LLM.</summary>
    public IAnswerGenerator? Generator { get; }

    /// <summary>The LLM that rewrites follow-ups into search queries; null without an LLM or when switched off.</summary>
    public IQueryRewriter? Rewriter { get; }

    /// <summary>The LLM rubric grader falling back to <paramref name="fallback"/>; <paramref name="fallback"/> itself without an LLM.</summary>
    public IAnswerGrader Grader(IAnswerGrader fallback) => _call is null
        ? fallback
        : new SemanticKernelAnswerGrader(_call, fallback, _loggers.CreateLogger<SemanticKernelAnswerGrader>());
}
