using TutorBot.Tests.Shared;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>Locations in the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    private static string FindRoot() => RepositoryRoot.Find();
}
