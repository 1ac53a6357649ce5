using TutorBot.Tests.Shared;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>The repository the benchmark runs from (found by walking up to TutorBot.sln) and the files it reads there.</summary>
internal sealed record RepoPaths(string Root)
{
    public string Knowledge => Path.Combine(Root, "knowledge");

    public string AppSettings => Path.Combine(Root, "appsettings.json");

    public string EvalSet => Path.Combine(Root, "tests", "eval", "retrieval", "seed-dev.jsonl");

    public static RepoPaths Locate() => new(RepositoryRoot.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
}
