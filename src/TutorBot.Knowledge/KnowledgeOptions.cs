using System.ComponentModel.DataAnnotations;

namespace TutorBot.Knowledge;

/// <summary>Where the knowledge base lives. Bound from the <c>Knowledge</c> section of appsettings.json.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The knowledge root folder, holding one folder per pack. A relative path is resolved against the host's
    /// content root (see <see cref="ResolveRoot"/>).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Root { get; set; } = "knowledge";

    /// <summary>
    /// Largest knowledge file (entry or syllabus), in bytes (1,024 to 64 MiB). A larger one is a problem of that file
    /// and is not read: the index in service stays. The biggest reviewed entry is under 10 KB.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>
    /// Deepest nesting of lists and mappings in front matter or the syllabus (2 to 100). Deeper YAML is a problem
    /// of its file, found before the document is built (so it cannot exhaust the stack). Anchors and aliases
    /// (<c>&amp;a</c>, <c>*a</c>) are always refused: knowledge files do not need them, and they are how
    /// "billion laughs" documents grow.
    /// </summary>
    [Range(2, 100)]
    public int MaxYamlDepth { get; set; } = DefaultMaxYamlDepth;

    /// <summary>The default of <see cref="MaxFileBytes"/>: 256 KiB.</summary>
    public const int DefaultMaxFileBytes = 256 * 1024;

    /// <summary>The default of <see cref="MaxYamlDepth"/>.</summary>
    public const int DefaultMaxYamlDepth = 16;

    /// <summary>The absolute root folder: <see cref="Root"/> itself when absolute, otherwise resolved against <paramref name="contentRootPath"/>.</summary>
    public string ResolveRoot(string contentRootPath) => Path.GetFullPath(Root, contentRootPath);
}
