using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Import;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Import;

public sealed class SeedImportTests
{
    // Phrases from the page's site titles (top) and its list of unrelated articles (bottom).
    private static readonly string[] Spam =
    [
        "当前位置", "怎么做微网站推广", "微信网站", "建设银行网站", "dedecms", "相关文章", "星凯网站建设", "网站建设公司哪家好",
        "wordpress", "如何做国外销售网站", "网站", "yayakq",
    ];

    private static readonly Lazy<ImportedPage> Imported = new(() =>
        PageImporter.Import(PageText.ReadAsync(RepoPaths.SeedPage(), CancellationToken.None).GetAwaiter().GetResult(), new ImportRequest("llm-interview")));

    // The seed pack; the maintainers' additions after the source's words are not the page's and are left out.
    private static readonly Lazy<IReadOnlyList<KnowledgeEntry>> Curated = new(() =>
        new FileKnowledgeSource(RepoPaths.Knowledge()).LoadAsync(CancellationToken.None).GetAwaiter().GetResult().Entries
            .Where(e => e.Pack == "llm-interview")
            .Select(e => e with { Answer = SourcePart(e.Answer) })
            .ToList());

    private static string SourcePart(string answer)
    {
        var label = answer.IndexOf(AnswerBody.AdditionLabel, StringComparison.Ordinal);
        return label < 0 ? answer : answer[..label].TrimEnd();
    }

    [Fact]
    public void FindsExactlyTheFifteenQuestionsInPageOrder()
    {
        var page = Imported.Value;

        Assert.True(page.Succeeded);
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"q{n:00}"), page.Drafts.Select(d => d.Entry.Id));
        Assert.All(page.Drafts, d => Assert.Equal(EntryStatus.Draft, d.Entry.Status));
        Assert.All(page.Drafts, d => Assert.Equal("llm-interview", d.Entry.Pack));
    }

    [Fact]
    public void QuestionsMatchTheCuratedEntries()
    {
        var curated = Curated.Value.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Question);

        Assert.Equal(curated, Imported.Value.Drafts.Select(d => d.Entry.Question));
    }

    [Fact]
    public void AnswersMatchTheCuratedEntriesVerbatim()
    {
        var curated = Curated.Value.ToDictionary(e => e.Id, e => e.Answer);

        Assert.All(Imported.Value.Drafts, d => Assert.Equal(curated[d.Entry.Id], d.Entry.Answer));
    }

    [Fact]
    public void KeepsNoBoilerplateInAnyQuestionOrAnswer()
    {
        var page = Imported.Value;

        foreach (var draft in page.Drafts)
        {
            foreach (var phrase in Spam)
            {
                Assert.DoesNotContain(phrase, draft.Entry.Question, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(phrase, draft.Entry.Answer, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.True(page.DroppedLines >= 30, $"dropped {page.DroppedLines} lines");
    }

    [Fact]
    public void KeepsTheCutOffAnswerOfQ11AsThePageHasItAndFlagsIt()
    {
        var q11 = Imported.Value.Drafts.Single(d => d.Entry.Id == "q11");

        Assert.EndsWith("为了减轻幻觉,可以采取以下方法:", q11.Entry.Answer, StringComparison.Ordinal);
        Assert.Contains(q11.ReviewerNotes, n => n.Contains("cut off", StringComparison.Ordinal));
        Assert.DoesNotContain(Imported.Value.Drafts.Where(d => d.Entry.Id != "q11").SelectMany(d => d.ReviewerNotes),
            n => n.Contains("cut off", StringComparison.Ordinal));
    }

    [Fact]
    public void UsesThePageUrlPrintedOnThePageAsEverySource()
    {
        var page = Imported.Value;

        Assert.Equal(RepoPaths.PageUrl, page.SourceUrl);
        Assert.All(page.Drafts, d => Assert.Equal([RepoPaths.PageUrl], d.Entry.Sources));
    }

    [Fact]
    public void AttachesTitledReferencesToTheirQuestionsLikeTheCuratedEntries()
    {
        var curated = Curated.Value.ToDictionary(e => e.Id);

        foreach (var id in new[] { "q03", "q04", "q05" })
        {
            // The page's own reference comes first; the maintainers' references follow it.
            var draft = Imported.Value.Drafts.Single(d => d.Entry.Id == id);
            Assert.Equal(draft.Entry.References, curated[id].References.Take(draft.Entry.References.Count));
        }

        Assert.Equal(3, Imported.Value.Drafts.Sum(d => d.Entry.References.Count));
    }

    [Fact]
    public void KeepsTheBareUrlReferenceOnThePageLevelDraftWithAHint()
    {
        var page = Imported.Value;

        var unattributed = Assert.Single(page.UnattributedReferences);
        Assert.Equal("https://blog.csdn.net/HaoZiHuang/article/details/122616235", unattributed.Reference.Reference.Url);
        Assert.Equal(1, unattributed.Reference.Position);
        Assert.Contains("q01..q03", unattributed.Hint, StringComparison.Ordinal);

        var text = DraftFormatter.FormatPageDraft(page);
        Assert.Contains("url: \"https://blog.csdn.net/HaoZiHuang/article/details/122616235\"", text, StringComparison.Ordinal);
        Assert.Contains("# reviewer: page line 122", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrittenDraftsLoadBackAsDraftsWithoutProblems()
    {
        using var root = new TempKnowledgeRoot();
        var folder = Path.Combine(root.Path, "llm-interview");

        var outcomes = await DraftWriter.WriteAsync(Imported.Value, folder, overwrite: false, CancellationToken.None);
        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Equal(16, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Written));
        Assert.Empty(snapshot.Problems);
        Assert.Equal(15, snapshot.Entries.Count);
        Assert.All(snapshot.Entries, e => Assert.Equal(EntryStatus.Draft, e.Status));
        Assert.Equal(Imported.Value.Drafts.Select(d => d.Entry.Answer), snapshot.Entries.OrderBy(e => e.Id).Select(e => e.Answer));
        Assert.Contains("q01-bert.md", outcomes.Select(o => Path.GetFileName(o.Path)));
    }

    [Fact]
    public async Task KeepsExistingFilesUnlessToldToOverwrite()
    {
        using var root = new TempKnowledgeRoot();
        root.Write("drafts/q01-bert.md", "edited by a reviewer");
        var folder = Path.Combine(root.Path, "drafts");

        var kept = await DraftWriter.WriteAsync(Imported.Value, folder, overwrite: false, CancellationToken.None);
        var keptText = await File.ReadAllTextAsync(Path.Combine(folder, "q01-bert.md"));
        var forced = await DraftWriter.WriteAsync(Imported.Value, folder, overwrite: true, CancellationToken.None);

        Assert.False(kept.Single(o => o.Path.EndsWith("q01-bert.md", StringComparison.Ordinal)).Written);
        Assert.Equal(15, kept.Count(o => o.Written));
        Assert.Equal("edited by a reviewer", keptText);
        Assert.All(forced, o => Assert.True(o.Written));
        Assert.StartsWith("---\n", await File.ReadAllTextAsync(Path.Combine(folder, "q01-bert.md")), StringComparison.Ordinal);
    }
}
