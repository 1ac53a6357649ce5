namespace TutorBot.Benchmarks.Scenarios;

/// <summary>The repository the benchmark runs from (found by walking up to TutorBot.sln) and the files it reads there.</summary>
internal sealed record RepoPaths(string Root)
{
    public string Knowledge => Path.Combine(Root, "knowledge");

    public string AppSettings => Path.Combine(Root, "appsettings.json");

    public string EvalSet => Path.Combine(Root, "tests", "eval", "retrieval", "seed-dev.jsonl");

    public static RepoPaths Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TutorBot.sln")))
                {
                    return new RepoPaths(dir.FullName);
                }
            }
        }

        throw new InvalidOperationException("TutorBot.sln not found above the current directory; run from the repository.");
    }
}
