namespace TutorBot.Core.Answering;

/// <summary>
/// A reply to a <see cref="Answering.Question"/>, ready for any channel. When <see cref="Answered"/> is false the
/// knowledge base does not cover the question: <see cref="Text"/> says so in the user's language,
/// <see cref="Citations"/> is empty and <see cref="DidYouMean"/> may offer close questions. Otherwise
/// <see cref="Text"/> holds <c>[n]</c> markers that all point into <see cref="Citations"/>.
/// <see cref="Grounded"/> is false only for an LLM answer that cites nothing although passages were given
/// (kept only when the pipeline is told not to replace such answers). <see cref="Notice"/> is a short remark
/// for the user (e.g. "the LLM was unavailable"), null when there is none.
/// </summary>
public sealed record GroundedAnswer(
    Question Question,
    bool Answered,
    AnswerMode Mode,
    string Text,
    IReadOnlyList<Citation> Citations,
    bool Grounded,
    string? Notice,
    IReadOnlyList<string> DidYouMean,
    Language Language)
{
    /// <summary>How the answer came about (timings, prompt size, removed markers).</summary>
    public AnswerDiagnostics Diagnostics { get; init; } = AnswerDiagnostics.None(Question.Text);
}
