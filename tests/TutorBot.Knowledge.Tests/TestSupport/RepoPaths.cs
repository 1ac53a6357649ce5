using TutorBot.Tests.Shared;

namespace TutorBot.Knowledge.Tests.TestSupport;

/// <summary>Finds the repository (the folder holding TutorBot.sln) above the test binaries, and the seed page inside it.</summary>
internal static class RepoPaths
{
    public const string PageUrl = "http://www.yayakq.cn/news/936609/";

    public static string Root() => RepositoryRoot.Find();

    public static string Knowledge() => Path.Combine(Root(), "knowledge");

    /// <summary>The scraped page the first pack came from, kept in the repository beside the knowledge it became.</summary>
    public static string SeedPage() => Path.Combine(Knowledge(), "_sources", "llm-interview-page.txt");
}
