using System.Text;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Writes an import's drafts (and its page-level draft, when some reference has no question) into a folder,
/// creating it. An existing file is kept unless <c>overwrite</c> is set, so a reviewer's edits are never lost.
/// </summary>
public static class DraftWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the files of <paramref name="page"/> into <paramref name="folder"/>; one outcome per file, in page order, the page-level draft last.</summary>
    public static async Task<IReadOnlyList<DraftFileOutcome>> WriteAsync(
        ImportedPage page, string folder, bool overwrite, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var files = page.Drafts.Select(d => (d.FileName, Text: DraftFormatter.Format(d))).ToList();
        if (page.UnattributedReferences.Count > 0)
        {
            files.Add((DraftFormatter.PageDraftFileName(page.PageName), DraftFormatter.FormatPageDraft(page)));
        }

        var outcomes = new List<DraftFileOutcome>(files.Count);
        foreach (var (name, text) in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            if (File.Exists(path) && !overwrite)
            {
                outcomes.Add(new DraftFileOutcome(path, Written: false));
                continue;
            }

            await File.WriteAllTextAsync(path, text, Utf8, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new DraftFileOutcome(path, Written: true));
        }

        return outcomes;
    }
}
