using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Composition;
using TutorBot.Grounding;
using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.TestSupport;

/// <summary>
/// The application's wiring (AddTutorBot) over an indexed knowledge base, with the
/// LLM pointed at an <see cref="OpenAiStub"/> through Semantic Kernel's real OpenAI connector. Short time limits
/// keep fault tests fast.
/// </summary>
internal sealed class TutorHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TutorHost(IHost host) => _host = host;

    public ITutor Tutor => _host.Services.GetRequiredService<ITutor>();

    public IAnswerGrader Grader => _host.Services.GetRequiredService<IAnswerGrader>();

    public LlmCircuit Circuit => _host.Services.GetRequiredService<LlmCircuit>();

    public async Task<KnowledgeEntry> EntryAsync(string id) =>
        (await _host.Services.GetRequiredService<IKnowledgeSource>().LoadAsync(CancellationToken.None)).Entries.Single(e => e.Id == id);

    public static async Task<TutorHost> StartAsync(string root, OpenAiStub? stub, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = stub is null ? "None" : "OpenAI",
            ["Llm:Endpoint"] = stub?.Endpoint,
            ["Llm:Model"] = "stub-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:TimeoutSeconds"] = "4",
            ["Llm:AttemptTimeoutSeconds"] = "1.5",
            ["Llm:MaxRetries"] = "2",
            ["Llm:RetryDelaySeconds"] = "0.05",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTutorBot(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<IKnowledgeIndex>().EnsureCurrentAsync(null, CancellationToken.None);
        return new TutorHost(host);
    }

    public Task<GroundedAnswer> AskAsync(string text) => Tutor.AnswerAsync(Question.Ask(text), CancellationToken.None);

    public async Task<List<AnswerChunk>> StreamAsync(string text)
    {
        var chunks = new List<AnswerChunk>();
        await foreach (var chunk in Tutor.StreamAsync(Question.Ask(text), CancellationToken.None))
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
