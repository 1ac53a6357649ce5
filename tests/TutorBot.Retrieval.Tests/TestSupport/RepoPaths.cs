using TutorBot.Tests.Shared;

namespace TutorBot.Retrieval.Tests.TestSupport;

/// <summary>Locations in the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>A file of the evaluation data, <c>tests/eval/&lt;relativePath&gt;</c> (see its README).</summary>
    public static string Eval(string relativePath) => Path.Combine(Root, "tests", "eval", relativePath);

    /// <summary>The file <c>tests/eval/&lt;relativePath&gt;</c>, or every <c>*.jsonl</c> of that folder in name order.</summary>
    public static IReadOnlyList<string> EvalFiles(string relativePath)
    {
        var path = Eval(relativePath);
        return Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToList() : [path];
    }

    private static string FindRoot() => RepositoryRoot.Find();
}
