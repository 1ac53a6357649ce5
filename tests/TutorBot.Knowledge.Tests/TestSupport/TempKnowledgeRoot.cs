namespace TutorBot.Knowledge.Tests.TestSupport;

/// <summary>A temporary knowledge root that tests fill with files and that is deleted afterwards.</summary>
internal sealed class TempKnowledgeRoot : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tutorbot-knowledge-").FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> ('/' separators) under the root.</summary>
    public void Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
