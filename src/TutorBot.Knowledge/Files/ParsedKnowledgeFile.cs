using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Files;

/// <summary>The outcome of reading one file: an entry when the file is valid, otherwise its problems.</summary>
/// <param name="Entry">The entry; null when the file has any problem.</param>
/// <param name="Problems">Every problem found in the file; empty when <paramref name="Entry"/> is set.</param>
/// <param name="IdLine">The file line of the id, for duplicate-id problems (0 when there is no entry).</param>
public sealed record ParsedKnowledgeFile(KnowledgeEntry? Entry, IReadOnlyList<KnowledgeProblem> Problems, int IdLine)
{
    /// <summary>The file line of the question, for duplicate-question problems (0 when there is no entry).</summary>
    public int QuestionLine { get; init; }
}
