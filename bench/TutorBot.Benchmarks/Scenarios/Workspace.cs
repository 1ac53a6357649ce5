namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// A temporary content root laid out like the repository: <c>knowledge/</c> (a copy of the seed knowledge base,
/// aliases included) and, once built, <c>data/index/</c>. Deleted on dispose unless kept.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private Workspace(string root) => Root = root;

    public string Root { get; }

    public string KnowledgeFolder => Path.Combine(Root, "knowledge");

    public string IndexFolder => Path.Combine(Root, "data", "index");

    public bool Keep { get; set; }

    /// <summary>A new workspace holding a copy of the repository's knowledge folder.</summary>
    public static Workspace WithSeed(RepoPaths repo)
    {
        var workspace = new Workspace(Directory.CreateTempSubdirectory("tutorbot-bench-").FullName);
        CopyDirectory(repo.Knowledge, workspace.KnowledgeFolder);
        return workspace;
    }

    /// <summary>Size on disk of the index generation(s), in bytes.</summary>
    public long IndexBytes() => Directory.Exists(IndexFolder)
        ? new DirectoryInfo(IndexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : 0;

    /// <summary>Removes the built index, so the next start builds it again (a cold start).</summary>
    public void DeleteIndex()
    {
        if (Directory.Exists(IndexFolder))
        {
            Directory.Delete(IndexFolder, recursive: true);
        }
    }

    public void Dispose()
    {
        if (Keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
