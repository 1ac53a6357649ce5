using TutorBot.Knowledge.Import;

namespace TutorBot.Cli.Output;

/// <summary>What <c>import</c> prints: one line per file (written or kept), then a summary and what to review.</summary>
internal static class ImportReport
{
    public static void Print(ImportedPage page, IReadOnlyList<DraftFileOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), outcome.Path);
            Console.Out.WriteLine(outcome.Written ? $"wrote {path}" : $"kept  {path} (exists; --force overwrites it)");
        }

        var written = outcomes.Count(o => o.Written);
        var references = page.Drafts.Sum(d => d.Entry.References.Count);
        Console.Out.WriteLine(
            $"Imported {page.Drafts.Count} questions from {page.PageName}: {written} file(s) written, {outcomes.Count - written} kept; " +
            $"{references} reference(s) attached, {page.UnattributedReferences.Count} left on the page-level draft; " +
            $"{page.DroppedLines} boilerplate line(s) dropped.");
        Console.Out.WriteLine(page.SourceUrl is null
            ? "No page URL found: add it to each draft's sources (or import again with --source <url>)."
            : $"Source: {page.SourceUrl}");
        var flagged = page.Drafts.Count(d => d.ReviewerNotes.Count > 1);
        Console.Out.WriteLine($"The drafts have status: draft and are not served. Review each one ({flagged} flagged with extra notes), " +
            "fill in question_en and tags, set status, move it into knowledge/<pack>/, then run 'validate'.");
    }
}
