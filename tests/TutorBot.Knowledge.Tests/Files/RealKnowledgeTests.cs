using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Files;

public sealed class RealKnowledgeTests
{
    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
        new FileKnowledgeSource(RepoPaths.Knowledge()).LoadAsync(CancellationToken.None).GetAwaiter().GetResult());

    [Fact]
    public void LoadsTheFifteenSeedEntriesWithoutProblems()
    {
        var snapshot = Snapshot.Value;

        Assert.Empty(snapshot.Problems);
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"q{n:00}"), snapshot.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(snapshot.Entries, e => Assert.Equal("llm-interview", e.Pack));
        Assert.All(snapshot.Entries, e => Assert.StartsWith($"llm-interview/{e.Id}-", e.File, StringComparison.Ordinal));
    }

    [Fact]
    public void MarksOnlyQ11Incomplete()
    {
        var incomplete = Snapshot.Value.Entries.Where(e => e.Status != EntryStatus.Complete).ToList();

        var q11 = Assert.Single(incomplete);
        Assert.Equal("q11", q11.Id);
        Assert.Equal(EntryStatus.Incomplete, q11.Status);
        Assert.EndsWith(":", q11.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEntryNamesThePageUrlAmongItsSources()
    {
        Assert.All(Snapshot.Value.Entries, e => Assert.Contains(RepoPaths.PageUrl, e.Sources));
    }

    [Fact]
    public void EveryEntryHasAnEnglishQuestionAndTags()
    {
        Assert.All(Snapshot.Value.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.QuestionEn)));
        Assert.All(Snapshot.Value.Entries, e => Assert.NotEmpty(e.Tags));
    }
}
