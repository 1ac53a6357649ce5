using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Answering;

/// <summary>
/// A prompt ready to send: the system and user messages, the passages they hold (numbered 1.. in this order,
/// best first, already trimmed to the token budget) and the estimated prompt size in tokens.
/// </summary>
public sealed record LlmPrompt(string System, string User, IReadOnlyList<KnowledgeEntry> Passages, int EstimatedTokens);
