namespace TutorBot.Core.Answering;

/// <summary>
/// One earlier exchange of a conversation: what the user asked and the opening of what TutorBot replied. <see cref="Topic"/>
/// is the retrieval query that turn used (null when unknown), so that a chain of follow-ups keeps its subject.
/// </summary>
public sealed record Turn(string Question, string Answer)
{
    /// <summary>
    /// How much of a reply a turn keeps: what a follow-up needs is the question, the query and the cited entries; the
    /// reply's opening is kept for an LLM prompt's recap of the conversation, and the rest is cut.
    /// </summary>
    public const int MaxAnswerChars = 300;

    /// <summary>The retrieval query the turn searched for; null when unknown.</summary>
    public string? Topic { get; init; }

    /// <summary>The ids of the entries the reply cited, first cited first; empty when it cited none.</summary>
    public IReadOnlyList<string> EntryIds { get; init; } = [];

    /// <summary>The turn that <paramref name="answer"/> makes: its question, text, retrieval query (when answered) and cited entries.</summary>
    public static Turn Of(GroundedAnswer answer) => new(answer.Question.Text, Shortened(answer.Text))
    {
        Topic = answer.Answered ? answer.Diagnostics.RetrievalQuery : null,
        EntryIds = answer.Citations.Select(c => c.EntryId).ToList(),
    };

    /// <summary><paramref name="answer"/> cut to <see cref="MaxAnswerChars"/>, with an ellipsis when cut.</summary>
    public static string Shortened(string answer) => answer.Length > MaxAnswerChars ? answer[..MaxAnswerChars] + "…" : answer;
}
