using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge;
using TutorBot.Retrieval;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// The production composition, as the CLI builds it (appsettings.json, then AddKnowledge + AddRetrieval), over a
/// workspace content root. Only the build thread count can be overridden (0 = the configured default).
/// </summary>
internal sealed class BotServices : IDisposable
{
    private readonly IHost _host;

    public BotServices(RepoPaths repo, string contentRoot, int buildThreads = 0)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            DisableDefaults = true,
        });
        builder.Configuration.AddJsonFile(repo.AppSettings, optional: true);
        if (buildThreads > 0)
        {
            builder.Configuration.AddInMemoryCollection([new($"{RetrievalOptions.SectionName}:BuildThreads", buildThreads.ToString())]);
        }

        builder.Services.AddKnowledge();
        builder.Services.AddRetrieval();
        _host = builder.Build();
    }

    public IKnowledgeSource Source => _host.Services.GetRequiredService<IKnowledgeSource>();

    public IKnowledgeIndex Index => _host.Services.GetRequiredService<IKnowledgeIndex>();

    public IKnowledgeSearch Search => _host.Services.GetRequiredService<IKnowledgeSearch>();

    /// <summary>The build threads the engine will use, as it resolves them.</summary>
    public int EffectiveBuildThreads
    {
        get
        {
            var configured = _host.Services.GetRequiredService<RetrievalOptions>().BuildThreads;
            return configured > 0 ? configured : Environment.ProcessorCount;
        }
    }

    public void Dispose() => _host.Dispose();
}
