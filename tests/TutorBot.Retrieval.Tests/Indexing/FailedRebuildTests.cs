using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Indexing;

/// <summary>
/// A rebuild that fails, however it fails, leaves the last good index in service and says why: damaged files are
/// problems of their file; a knowledge folder that vanishes mid-rebuild is a problem of the whole base.
/// </summary>
public sealed class FailedRebuildTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    public static TheoryData<string, string> Damage => new()
    {
        { "binary garbage", "\u0000\u0001\u0002 not a knowledge file \u00ff" },
        { "YAML bomb", "---\nid: q03\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nquestion: *b\n---\n\nAnswer.\n" },
        { "deep nesting", "---\nid: q03\nquestion: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\n\nAnswer.\n" },
        { "huge answer", "---\nid: q03\nquestion: x\n---\n\n" + new string('a', 1024 * 1024) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task DamagedFileKeepsTheLastGoodIndexInService(string kind, string content)
    {
        await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        File.WriteAllText(_kb.EntryFile("q03"), content);

        var report = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Rejected, report.Outcome);
        Assert.True(report.Problems.Any(p => p.File.Contains("q03", StringComparison.Ordinal)), $"{kind}: {string.Join("; ", report.Problems)}");
        Assert.Equal("q03", (await _kb.SearchAsync("为什么NLP用LayerNorm而不是BatchNorm")).Hits[0].Entry.Id);
    }

    [Fact]
    public async Task KnowledgeFolderThatVanishesKeepsTheLastGoodIndexInService()
    {
        var built = await _kb.Index.EnsureCurrentAsync(null, CancellationToken.None);
        Directory.Move(_kb.KnowledgeFolder, _kb.KnowledgeFolder + "-moved");

        var report = await _kb.Index.RebuildAsync(null, CancellationToken.None);

        Assert.Equal(IndexOutcome.Rejected, report.Outcome);
        Assert.Equal(built.Entries, report.Entries);
        Assert.Contains("could not be read", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("q03", (await _kb.SearchAsync("为什么NLP用LayerNorm而不是BatchNorm")).Hits[0].Entry.Id);
    }

    public void Dispose() => _kb.Dispose();
}
