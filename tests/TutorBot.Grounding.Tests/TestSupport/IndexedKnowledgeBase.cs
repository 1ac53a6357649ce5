using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge;
using TutorBot.Retrieval;

namespace TutorBot.Grounding.Tests.TestSupport;

/// <summary>A copy of the repository's knowledge folder in a temporary content root, indexed once for a test class.</summary>
public sealed class IndexedKnowledgeBase : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("tutorbot-grounding-").FullName;

    public async Task InitializeAsync()
    {
        var repo = RepoRoot();
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(repo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Root, DisableDefaults = true });
        builder.Services.AddKnowledge();
        builder.Services.AddRetrieval();
        using var host = builder.Build();
        await host.Services.GetRequiredService<IKnowledgeIndex>().EnsureCurrentAsync(null, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
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
