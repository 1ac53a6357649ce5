namespace TutorBot.Core.Evaluation;

/// <summary>
/// How the answer pipeline fared on a labelled query set. Shares are 0 to 1. <see cref="CorrectFirstCitation"/>:
/// in-domain questions answered whose first citation is an expected entry. <see cref="OutOfDomainDeclined"/>:
/// out-of-domain questions answered with "not covered" (1 when there were none). Prompt sizes are estimated
/// tokens over the questions that reached the LLM (0 when none did); overhead is the pipeline's own time around
/// the LLM call (the whole pipeline without an LLM), in milliseconds.
/// </summary>
public sealed record AnswerEvalReport(
    string Mode,
    int InDomain,
    double CorrectFirstCitation,
    int OutOfDomain,
    double OutOfDomainDeclined,
    int LlmAnswers,
    int Fallbacks,
    int PromptTokensMedian,
    int PromptTokensMax,
    double OverheadP50Ms,
    double OverheadP99Ms,
    IReadOnlyList<string> Failures);
