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

    /// <summary>The absolute root folder: <see cref="Root"/> itself when absolute, otherwise resolved against <paramref name="contentRootPath"/>.</summary>
    public string ResolveRoot(string contentRootPath) => Path.GetFullPath(Root, contentRootPath);
}
