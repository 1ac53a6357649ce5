using TutorBot.Core.Retrieval;

namespace TutorBot.Retrieval.Tests.TestSupport;

/// <summary>One index of the real knowledge base shared by the read-only tests of a class.</summary>
public sealed class SharedKnowledgeBase : IAsyncLifetime
{
    private readonly TempKnowledgeBase _kb = new();

    internal TempKnowledgeBase Kb => _kb;

    public async Task InitializeAsync()
    {
        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        Assert.Equal(IndexOutcome.Built, report.Outcome);
    }

    public Task DisposeAsync()
    {
        _kb.Dispose();
        return Task.CompletedTask;
    }
}
