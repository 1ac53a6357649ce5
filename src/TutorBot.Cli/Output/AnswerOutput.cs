using TutorBot.Core.Answering;

namespace TutorBot.Cli.Output;

/// <summary>
/// The <c>ask --json</c> contract: <c>{"question", "answered", "mode": "extractive"|"llm", "answer",
/// "citations": [{"n", "id", "title", "source", "topic", "difficulty"}], "grounded"}</c>. <c>citations</c> is empty
/// when <c>answered</c> is false; <c>title</c> is in the answer's language; <c>topic</c> is the syllabus topic id (null
/// when the entry has none) and <c>difficulty</c> 1 to 3 (0 when not given).
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
        answer.Citations.Select(c => new CitationOutput(c.N, c.EntryId,
            answer.Language == Core.Language.English && c.TitleEn is { Length: > 0 } en ? en : c.Title, c.Source, c.Topic?.Id, c.Difficulty)).ToList(),
        answer.Grounded);

    public sealed record CitationOutput(int N, string Id, string Title, string Source, string? Topic, int Difficulty);
}
