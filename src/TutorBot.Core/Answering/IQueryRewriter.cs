namespace TutorBot.Core.Answering;

/// <summary>
/// Turns a follow-up message ("why?", "举个例子") into a self-contained retrieval query using the conversation.
/// Implemented with an LLM outside Core; <see cref="FollowUpQuery"/> is the rule-based stand-in.
/// </summary>
public interface IQueryRewriter
{
    /// <summary>A standalone query for <paramref name="question"/>; throws <see cref="AnswerGenerationException"/> when the LLM fails.</summary>
    Task<string> RewriteAsync(Question question, CancellationToken cancellationToken);
}
