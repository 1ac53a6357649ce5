using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// The outcome of importing one page: a draft per numbered question in page order, the references that could not
/// be attached to a question, the page URL used as every draft's source (null when none was found or given), how
/// many non-blank lines were dropped as boilerplate, and problems (a page without numbered questions has one and no drafts).
/// </summary>
public sealed record ImportedPage(
    string PageName,
    IReadOnlyList<DraftEntry> Drafts,
    IReadOnlyList<UnattributedReference> UnattributedReferences,
    string? SourceUrl,
    int DroppedLines,
    IReadOnlyList<KnowledgeProblem> Problems)
{
    /// <summary>True when at least one question was found and nothing stopped the import.</summary>
    public bool Succeeded => Problems.Count == 0 && Drafts.Count > 0;
}
