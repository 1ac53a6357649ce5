using TutorBot.Tests.Shared;

namespace TutorBot.Grounding.Tests.TestSupport;

/// <summary>A copy of the repository's knowledge folder in a temporary content root, indexed once for a test class.</summary>
public sealed class IndexedKnowledgeBase : IAsyncLifetime
{
    private IndexedKnowledgeCopy? _copy;

    public string Root => _copy?.Root ?? throw new InvalidOperationException("the knowledge base is not indexed yet");

    public async Task InitializeAsync() => _copy = await IndexedKnowledgeCopy.CreateAsync("tutorbot-grounding-");

    public Task DisposeAsync()
    {
        _copy?.Dispose();
        return Task.CompletedTask;
    }
}
