namespace TutorBot.Knowledge.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding TutorBot.sln) above the test binaries, and the shared seed page beside it.</summary>
internal static class RepoPaths
{
    public const string PageUrl = "http://www.yayakq.cn/news/936609/";

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TutorBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TutorBot.sln not found");
    }

    public static string Knowledge() => Path.Combine(Root(), "knowledge");

    public static string SeedPage() => Path.GetFullPath(Path.Combine(Root(), "..", "shared", "seed", "000_acf838b1077cf2e0.txt"));
}
