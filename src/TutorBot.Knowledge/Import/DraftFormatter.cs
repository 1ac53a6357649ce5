using System.Text;
using TutorBot.Knowledge.Files;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// The file texts an import writes: each draft in the knowledge-file format (<see cref="KnowledgeFileWriter"/>)
/// with the reviewer notes as YAML comments, and the page-level draft that keeps the references no question could claim.
/// </summary>
public static class DraftFormatter
{
    /// <summary>The prefix of the page-level draft's file name; the loader skips files starting with '_'.</summary>
    public const string PageDraftPrefix = "_page-";

    /// <summary>The draft's file text: the entry as <see cref="KnowledgeFileWriter"/> writes it, notes first in the front matter.</summary>
    public static string Format(DraftEntry draft)
    {
        var text = KnowledgeFileWriter.Format(draft.Entry);
        var notes = string.Concat(draft.ReviewerNotes.Select(n => $"# reviewer: {n}\n"));
        return "---\n" + notes + text["---\n".Length..];
    }

    /// <summary>The page-level draft's file name for a page file name: <c>_page-&lt;name without extension&gt;.md</c>.</summary>
    public static string PageDraftFileName(string pageName) =>
        PageDraftPrefix + Path.GetFileNameWithoutExtension(pageName) + KnowledgeFileLayout.EntryExtension;

    /// <summary>The page-level draft: the page, its source, and each unattributed reference with a hint comment.</summary>
    public static string FormatPageDraft(ImportedPage page)
    {
        var text = new StringBuilder("---\n");
        text.Append("# Page-level draft of an import. The loader skips files whose names start with '_'. Move each reference\n");
        text.Append("# below into the entry it belongs to (or drop it), then delete this file.\n");
        text.Append($"page: {KnowledgeFileWriter.Quote(page.PageName)}\n");
        if (page.SourceUrl is not null)
        {
            text.Append($"{KnowledgeFields.Sources}:\n  - {KnowledgeFileWriter.Quote(page.SourceUrl)}\n");
        }

        text.Append($"{KnowledgeFields.References}:\n");
        foreach (var (reference, hint) in page.UnattributedReferences)
        {
            text.Append($"  # reviewer: page line {reference.Line}, item {reference.Position} of the list: {hint}\n");
            var prefix = "  - ";
            if (reference.Reference.Title is { } title)
            {
                text.Append($"{prefix}{KnowledgeFields.ReferenceTitle}: {KnowledgeFileWriter.Quote(title)}\n");
                prefix = "    ";
            }

            if (reference.Reference.Url is { } url)
            {
                text.Append($"{prefix}{KnowledgeFields.ReferenceUrl}: {KnowledgeFileWriter.Quote(url)}\n");
            }
        }

        text.Append($"{KnowledgeFields.Status}: draft\n---\n\n");
        var ids = page.Drafts.Select(d => d.Entry.Id).ToList();
        text.Append($"Imported {ids.Count} questions ({string.Join(", ", ids)}) from {page.PageName}.\n");
        return text.ToString();
    }
}
