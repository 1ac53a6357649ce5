using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    [Fact]
    public async Task BuildsOnFirstUseAndReusesTheIndexWhenNothingChanged()
    {
        var first = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        var second = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Built, first.Outcome);
        Assert.Equal(await PublishedCountAsync(), first.Entries);
        Assert.Equal(IndexOutcome.UpToDate, second.Outcome);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
        Assert.True(File.Exists(Path.Combine(_kb.IndexFolder, "current")));
    }

    [Fact]
    public async Task RebuildsWhenAKnowledgeFileChanges()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        Assert.False((await _kb.SearchAsync("quokka")).Found);
        var file = _kb.EntryFile("q14");
        File.WriteAllText(file, File.ReadAllText(file).Replace("tags: [", "tags: [\"quokka\", "));

        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Built, report.Outcome);
        Assert.Equal("q14", (await _kb.SearchAsync("quokka")).Hits[0].Entry.Id);
    }

    [Fact]
    public async Task AReusableQueryIsAnsweredOncePerGenerationAndAfreshAfterARebuild()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        var search = _kb.Search;
        var reusable = new SearchQuery("quokka", 3) { Reusable = true };
        var before = await search.SearchAsync(reusable, CancellationToken.None);
        Assert.Same(before, await search.SearchAsync(reusable, CancellationToken.None));
        Assert.NotSame(before, await search.SearchAsync(new SearchQuery("quokka", 3), CancellationToken.None)); // a user's query is never reused
        var file = _kb.EntryFile("q14");
        File.WriteAllText(file, File.ReadAllText(file).Replace("tags: [", "tags: [\"quokka\", "));

        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        var after = await search.SearchAsync(reusable, CancellationToken.None);

        Assert.False(before.Found);
        Assert.Equal("q14", after.Hits[0].Entry.Id);
    }

    [Fact]
    public async Task KeepsServingTheLastGoodIndexWhenAFileBreaks()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        var pointer = File.ReadAllText(Path.Combine(_kb.IndexFolder, "current"));
        var published = await PublishedCountAsync();
        File.WriteAllText(_kb.EntryFile("q03"), "---\nid: q03\nquestion: [unclosed\n---\n");

        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Rejected, report.Outcome);
        Assert.Contains(report.Problems, p => p.File.Contains("q03", StringComparison.Ordinal) && p.Line > 0);
        Assert.Equal(published, report.Entries);
        Assert.Equal(pointer, File.ReadAllText(Path.Combine(_kb.IndexFolder, "current")));
        Assert.Equal("q03", (await _kb.SearchAsync("为什么NLP用LayerNorm而不是BatchNorm")).Hits[0].Entry.Id);
    }

    [Fact]
    public async Task ServesTheEntriesOfTheGenerationInServiceNotTheFilesOnDisk()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        var published = (await _kb.Source.LoadAsync(CancellationToken.None)).Published.Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(_kb.EntryFile("q03"), "---\nid: q03\nquestion: [unclosed\n---\n");
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        var served = await _kb.Served.EntriesAsync(CancellationToken.None);

        Assert.Equal(published, served.Select(e => e.Id));
        Assert.Equal("为什么NLP用LayerNorm而不是BatchNorm?", served.Single(e => e.Id == "q03").Question);
    }

    [Fact]
    public async Task AnAliasAddedToTheFileMakesANewTermFindItsEntry()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        Assert.False((await _kb.SearchAsync("phantasm")).Found);
        File.AppendAllText(Path.Combine(_kb.KnowledgeFolder, "aliases.txt"), "\n幻觉, phantasm\n");

        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Built, report.Outcome);
        Assert.Equal("q11", (await _kb.SearchAsync("What is phantasm in LLMs?")).Hits[0].Entry.Id);
    }

    [Fact]
    public async Task ReportsABadAliasLineWithItsLineNumber()
    {
        var aliases = Path.Combine(_kb.KnowledgeFolder, "aliases.txt");
        var lines = File.ReadAllLines(aliases).Length;
        File.AppendAllText(aliases, "lonely-term-without-partner\n");

        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Rejected, report.Outcome);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("aliases.txt", problem.File);
        Assert.Equal(lines + 1, problem.Line);
    }

    [Fact]
    public async Task SearchesKeepWorkingWhileTheIndexIsRebuilt()
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        // A guard against a hang only, not a time limit: on a loaded 2-core machine one rebuild can take 30 s.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var rebuilds = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                await _kb.Index.RebuildAsync(null, stop.Token);
            }
        });

        var failures = 0;
        var searches = 0;
        while (!rebuilds.IsCompleted)
        {
            var result = await _kb.SearchAsync("KL散度");
            searches++;
            failures += result.Found && result.Hits[0].Entry.Id == "q15" ? 0 : 1;
        }

        await rebuilds;
        Assert.True(searches > 0);
        Assert.Equal(0, failures);
        Assert.Single(Directory.GetDirectories(_kb.IndexFolder, "gen-*"));
    }

    public void Dispose() => _kb.Dispose();

    private async Task<int> PublishedCountAsync() => (await _kb.Source.LoadAsync(CancellationToken.None)).Published.Count();
}
