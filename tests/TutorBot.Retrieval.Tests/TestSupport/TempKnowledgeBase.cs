using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Knowledge;

namespace TutorBot.Retrieval.Tests.TestSupport;

/// <summary>
/// A copy of the repository's knowledge folder in a temporary content root, with the real knowledge source and
/// the real Lucene engine on disk wired as the application wires them. Files can be edited to test rebuilds.
/// </summary>
internal sealed class TempKnowledgeBase : IDisposable
{
    private readonly IHost _host;

    public TempKnowledgeBase(IDictionary<string, string?>? settings = null)
    {
        Root = Directory.CreateTempSubdirectory("tutorbot-retrieval-").FullName;
        CopyDirectory(RepoPaths.Knowledge, Path.Combine(Root, "knowledge"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Root, DisableDefaults = true });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddKnowledge();
        builder.Services.AddRetrieval();
        _host = builder.Build();
    }

    public string Root { get; }

    public string KnowledgeFolder => Path.Combine(Root, "knowledge");

    public string IndexFolder => Path.Combine(Root, "data", "index");

    public IKnowledgeIndex Index => _host.Services.GetRequiredService<IKnowledgeIndex>();

    public IKnowledgeSearch Search => _host.Services.GetRequiredService<IKnowledgeSearch>();

    public IAnswerGrader Grader => _host.Services.GetRequiredKeyedService<IAnswerGrader>(AnswerGraders.KeyPointCoverage);

    public IKnowledgeSource Source => _host.Services.GetRequiredService<IKnowledgeSource>();

    public IServedEntries Served => _host.Services.GetRequiredService<IServedEntries>();

    public string EntryFile(string id) =>
        Directory.GetFiles(Path.Combine(KnowledgeFolder, "llm-interview"), $"{id}-*.md").Single();

    public async Task<SearchResult> SearchAsync(string text, int top = 5) =>
        await Search.SearchAsync(new SearchQuery(text, top), CancellationToken.None);

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

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
