namespace TutorBot.Core.Answering;

/// <summary>
/// A reply to a <see cref="Answering.Question"/>, ready for any channel, made by one of the named factories. When
/// <see cref="Answered"/> is false the knowledge base does not cover the question: <see cref="Text"/> says so in the
/// user's language, <see cref="Citations"/> is empty and <see cref="DidYouMean"/> may offer close questions.
/// Otherwise <see cref="Text"/> holds <c>[n]</c> markers that all point into <see cref="Citations"/>.
/// <see cref="Grounded"/> is false only for an LLM answer that cites nothing although passages were given (kept
/// only when the pipeline is told not to replace such answers). <see cref="Notice"/> is a short remark for the user
/// (e.g. "the LLM was unavailable"), null when there is none.
/// </summary>
public sealed record GroundedAnswer
{
    private GroundedAnswer(Question question, bool answered, AnswerMode mode, string text, IReadOnlyList<Citation> citations, Language language)
    {
        Question = question;
        Answered = answered;
        Mode = mode;
        Text = text;
        Citations = citations;
        Language = language;
        Diagnostics = AnswerDiagnostics.None(question.Text);
    }

    /// <summary>What was asked.</summary>
    public Question Question { get; init; }

    /// <summary>True when the knowledge base covers the question.</summary>
    public bool Answered { get; init; }

    /// <summary>Whether the entries' own text or an LLM wrote <see cref="Text"/>.</summary>
    public AnswerMode Mode { get; init; }

    /// <summary>The reply, with <c>[n]</c> markers into <see cref="Citations"/>.</summary>
    public string Text { get; init; }

    /// <summary>The cited entries, numbered as in <see cref="Text"/>; empty when not answered.</summary>
    public IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>False only for a kept LLM answer that cites nothing.</summary>
    public bool Grounded { get; init; } = true;

    /// <summary>A short remark for the user, or null.</summary>
    public string? Notice { get; init; }

    /// <summary>Close questions the knowledge base does cover, when this one is not answered.</summary>
    public IReadOnlyList<string> DidYouMean { get; init; } = [];

    /// <summary>The language <see cref="Text"/> is written in.</summary>
    public Language Language { get; init; }

    /// <summary>How the answer came about (timings, prompt size, removed markers).</summary>
    public AnswerDiagnostics Diagnostics { get; init; }

    /// <summary>The knowledge base's own answer: <paramref name="text"/> built from the cited entries.</summary>
    public static GroundedAnswer FromEntries(Question question, string text, IReadOnlyList<Citation> citations, string? notice = null) =>
        new(question, true, AnswerMode.Extractive, text, citations, question.ReplyLanguage) { Notice = notice };

    /// <summary>An LLM's answer whose citation markers were all checked against the passages it was given.</summary>
    public static GroundedAnswer FromLlm(Question question, string text, IReadOnlyList<Citation> citations) =>
        new(question, true, AnswerMode.Llm, text, citations, question.ReplyLanguage);

    /// <summary>An LLM's answer that cites nothing, kept as it is with <paramref name="notice"/> (Tutor:ReplaceUngrounded off).</summary>
    public static GroundedAnswer Ungrounded(Question question, string text, string notice) =>
        new(question, true, AnswerMode.Llm, text, [], question.ReplyLanguage) { Grounded = false, Notice = notice };

    /// <summary>"Not covered" (or another reply that answers nothing, such as an empty question), with close questions to offer.</summary>
    public static GroundedAnswer NotAnswered(Question question, AnswerMode mode, string text, IReadOnlyList<string>? didYouMean = null, string? notice = null) =>
        new(question, false, mode, text, [], question.ReplyLanguage) { DidYouMean = didYouMean ?? [], Notice = notice };
}
