using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge;
using TutorBot.Retrieval;

namespace TutorBot.Tests.Shared;

/// <summary>
/// The repository's knowledge folder copied into a temporary content root and indexed with the real engine, wired
/// as the application wires it. Shared as source by the test projects that need a real index (linked in their
/// project files), so each keeps its own fixture type for xunit.
/// </summary>
internal sealed class IndexedKnowledgeCopy : IDisposable
{
    private readonly IHost _host;

    private IndexedKnowledgeCopy(string root, IHost host)
    {
        Root = root;
        _host = host;
    }

    public string Root { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<IndexedKnowledgeCopy> CreateAsync(string folderPrefix)
    {
        var repo = RepoRoot();
        var root = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(repo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, DisableDefaults = true });
        builder.Services.AddKnowledge();
        builder.Services.AddRetrieval();
        var host = builder.Build();
        await host.Services.GetRequiredService<IKnowledgeIndex>().EnsureCurrentAsync(null, CancellationToken.None);
        return new IndexedKnowledgeCopy(root, host);
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepoRoot() => RepositoryRoot.Find();
}
