using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge;
using TutorBot.Retrieval;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>The repository's knowledge base copied to a temporary folder and indexed with the real engine, once per test class.</summary>
public sealed class RealKnowledgeBase : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("tutorbot-core-").FullName;
    private IHost? _host;

    public IKnowledgeSearch Search => _host!.Services.GetRequiredService<IKnowledgeSearch>();

    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];

    public Tutor Tutor(TutorOptions? options = null) => new(Search, options ?? new TutorOptions());

    public KnowledgeEntry Entry(string id) => Entries.Single(e => e.Id == id);

    public async Task InitializeAsync()
    {
        var repo = RepoRoot();
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(repo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _root, DisableDefaults = true });
        builder.Services.AddKnowledge();
        builder.Services.AddRetrieval();
        _host = builder.Build();
        await _host.Services.GetRequiredService<IKnowledgeIndex>().EnsureCurrentAsync(null, CancellationToken.None);
        Entries = (await _host.Services.GetRequiredService<IKnowledgeSource>().LoadAsync(CancellationToken.None)).Entries;
    }

    public Task DisposeAsync()
    {
        _host?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private static string RepoRoot()
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
}
