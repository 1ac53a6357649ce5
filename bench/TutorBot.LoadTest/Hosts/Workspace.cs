using TutorBot.Tests.Shared;

namespace TutorBot.LoadTest.Hosts;

/// <summary>
/// A temporary content root for the bot under load: the repository's appsettings.json and a copy of knowledge/; the
/// bot builds its index and keeps its state under data/ there. Deleted on dispose.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string root) => Root = root;

    public string Root { get; }

    public string KnowledgeFolder => Path.Combine(Root, "knowledge");

    public static Workspace FromRepository()
    {
        var repo = RepositoryRoot.Find();
        var workspace = new Workspace(Directory.CreateTempSubdirectory("tutorbot-load-").FullName);
        File.Copy(Path.Combine(repo, "appsettings.json"), Path.Combine(workspace.Root, "appsettings.json"));
        var knowledge = Path.Combine(repo, "knowledge");
        foreach (var file in Directory.GetFiles(knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workspace.KnowledgeFolder, Path.GetRelativePath(knowledge, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return workspace;
    }

    /// <summary>Bytes under data/ (index and state), for the report.</summary>
    public long DataBytes()
    {
        var data = Path.Combine(Root, "data");
        return Directory.Exists(data) ? new DirectoryInfo(data).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
