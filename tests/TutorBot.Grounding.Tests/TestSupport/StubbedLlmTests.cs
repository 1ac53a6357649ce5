using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.TestSupport;

/// <summary>
/// Base of the tests that talk to an LLM: a fresh OpenAI-compatible stub on 127.0.0.1 and a host whose Semantic
/// Kernel connector points at it, per test, over the class's indexed knowledge base.
/// </summary>
public abstract class StubbedLlmTests(IndexedKnowledgeBase kb) : IClassFixture<IndexedKnowledgeBase>, IAsyncLifetime
{
    /// <summary>A question the knowledge base answers (q13).</summary>
    protected const string Scaling = "Attention为何除以√d?";

    protected OpenAiStub Stub { get; private set; } = null!;

    private protected TutorHost Host { get; private set; } = null!;

    protected IndexedKnowledgeBase Kb => kb;

    public async Task InitializeAsync()
    {
        Stub = await OpenAiStub.StartAsync();
        Host = await TutorHost.StartAsync(kb.Root, Stub);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
