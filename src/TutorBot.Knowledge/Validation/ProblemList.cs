using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Validation;

/// <summary>Collects the problems of one file, so that checking goes on after the first one.</summary>
internal sealed class ProblemList(string relativePath)
{
    private readonly List<KnowledgeProblem> _problems = [];

    public string File { get; } = relativePath;

    public int Count => _problems.Count;

    public IReadOnlyList<KnowledgeProblem> Items => _problems;

    public void Add(int line, string message) => _problems.Add(new KnowledgeProblem(File, line, message));

    public void Add(KnowledgeProblem problem) => _problems.Add(problem);
}
