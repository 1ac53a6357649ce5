namespace TutorBot.Tests.Shared;

/// <summary>
/// The repository a test or benchmark runs from: the nearest folder holding TutorBot.sln above the given start
/// folders (the binaries' folder by default). Shared as source by every test project and the benchmark.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>The repository root; throws <see cref="InvalidOperationException"/> naming the start when none is found.</summary>
    public static string Find(params string[] starts)
    {
        var from = starts.Length == 0 ? [AppContext.BaseDirectory] : starts;
        foreach (var start in from)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TutorBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"TutorBot.sln not found above {string.Join(" or ", from)}; run from the repository.");
    }
}
