using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Tests.Shared;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>The repository's knowledge base copied to a temporary folder and indexed with the real engine, once per test class.</summary>
public sealed class RealKnowledgeBase : IAsyncLifetime
{
    private IndexedKnowledgeCopy? _copy;

    public IKnowledgeSearch Search => _copy!.Services.GetRequiredService<IKnowledgeSearch>();

    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];

    public Tutor Tutor(TutorOptions? options = null) => new(Search, options ?? new TutorOptions());

    public KnowledgeEntry Entry(string id) => Entries.Single(e => e.Id == id);

    public async Task InitializeAsync()
    {
        _copy = await IndexedKnowledgeCopy.CreateAsync("tutorbot-core-");
        Entries = (await _copy.Services.GetRequiredService<IKnowledgeSource>().LoadAsync(CancellationToken.None)).Entries;
    }

    public Task DisposeAsync()
    {
        _copy?.Dispose();
        return Task.CompletedTask;
    }
}
