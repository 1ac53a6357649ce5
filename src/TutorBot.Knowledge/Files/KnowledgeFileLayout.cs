using System.IO.Enumeration;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Which files under the knowledge root are entries: <c>&lt;root&gt;/&lt;pack&gt;/**/*.md</c>. Files directly in the
/// root (README.md, aliases.txt) are not entries; files and folders whose names start with '.' or '_' are skipped
/// (so <c>_drafts/</c> holds imports awaiting review).
/// </summary>
public static class KnowledgeFileLayout
{
    /// <summary>The extension of entry files.</summary>
    public const string EntryExtension = ".md";

    /// <summary>True for names the loader ignores: hidden ('.') and parked ('_') files and folders.</summary>
    public static bool IsSkipped(ReadOnlySpan<char> name) => name.Length == 0 || name[0] is '.' or '_';

    /// <summary>
    /// Every entry file under <paramref name="root"/>, sorted by relative path (ordinal). Throws
    /// <see cref="DirectoryNotFoundException"/> when the root itself is missing.
    /// </summary>
    public static IReadOnlyList<KnowledgeFile> FindEntryFiles(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"The knowledge root '{fullRoot}' does not exist.");
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        var found = new FileSystemEnumerable<string>(fullRoot, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsSkipped(entry.FileName),
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory
                && !IsSkipped(entry.FileName)
                && entry.FileName.EndsWith(EntryExtension, StringComparison.OrdinalIgnoreCase)
                && !IsDirectlyIn(entry.Directory, fullRoot),
        };

        var files = new List<KnowledgeFile>();
        foreach (var fullPath in found)
        {
            var relative = Path.GetRelativePath(fullRoot, fullPath).Replace('\\', '/');
            var pack = relative[..relative.IndexOf('/')];
            files.Add(new KnowledgeFile(fullPath, relative, pack));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static bool IsDirectlyIn(ReadOnlySpan<char> directory, string root) =>
        Path.TrimEndingDirectorySeparator(directory).SequenceEqual(Path.TrimEndingDirectorySeparator(root.AsSpan()));
}
