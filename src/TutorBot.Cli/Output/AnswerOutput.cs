using TutorBot.Core.Answering;

namespace TutorBot.Cli.Output;

/// <summary>
/// The <c>ask --json</c> contract: <c>{"question", "answered", "mode": "extractive"|"llm", "answer",
/// "citations": [{"n", "id", "title", "source"}], "grounded"}</c>. <c>citations</c> is empty when
/// <c>answered</c> is false.
/// </summary>
internal sealed record AnswerOutput(
    string Question,
    bool Answered,
    string Mode,
    string Answer,
    IReadOnlyList<AnswerOutput.CitationOutput> Citations,
    bool Grounded)
{
    public static AnswerOutput From(GroundedAnswer answer) => new(
        answer.Question.Text,
        answer.Answered,
        answer.Mode == AnswerMode.Llm ? "llm" : "extractive",
        answer.Text,
        answer.Citations.Select(c => new CitationOutput(c.N, c.EntryId, c.Title, c.Source)).ToList(),
        answer.Grounded);

    public sealed record CitationOutput(int N, string Id, string Title, string Source);
}
