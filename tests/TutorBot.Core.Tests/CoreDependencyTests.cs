using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Tests;

public sealed class CoreDependencyTests
{
    [Fact]
    public void CoreReferencesOnlyTheBaseLibrary()
    {
        var references = typeof(KnowledgeEntry).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"TutorBot.Core must not depend on {name}"));
    }
}
