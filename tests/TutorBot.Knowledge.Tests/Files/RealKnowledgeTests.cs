using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Files;

public sealed class RealKnowledgeTests
{
    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
        new FileKnowledgeSource(RepoPaths.Knowledge()).LoadAsync(CancellationToken.None).GetAwaiter().GetResult());

    private static IEnumerable<KnowledgeEntry> Seed => Snapshot.Value.Entries.Where(e => e.Pack == "llm-interview");

    private static IEnumerable<KnowledgeEntry> Reviewed => Snapshot.Value.Published;

    [Fact]
    public void LoadsTheCurriculumAndTheFifteenSeedEntriesWithoutProblems()
    {
        var snapshot = Snapshot.Value;

        Assert.Empty(snapshot.Problems);
        Assert.True(snapshot.Entries.Count >= 165, $"{snapshot.Entries.Count} entries");
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"q{n:00}"), Seed.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(Seed, e => Assert.StartsWith($"llm-interview/{e.Id}-", e.File, StringComparison.Ordinal));
    }

    [Fact]
    public void CompletesQ11AfterTheSourcesOwnWordsUnderTheAdditionLabel()
    {
        var q11 = Seed.Single(e => e.Id == "q11");

        Assert.Equal(EntryStatus.Complete, q11.Status);
        var label = q11.Answer.IndexOf(AnswerBody.AdditionLabel, StringComparison.Ordinal);
        Assert.True(label > 0, "q11 has no maintainers' addition");
        Assert.EndsWith("为了减轻幻觉,可以采取以下方法:", q11.Answer[..label].TrimEnd(), StringComparison.Ordinal);
        Assert.True(q11.Answer.Length - label > 100, "the addition is too short to complete the answer");
    }

    [Fact]
    public void EverySeedEntryNamesThePageUrlAmongItsSources()
    {
        Assert.All(Seed, e => Assert.Contains(RepoPaths.PageUrl, e.Sources));
    }

    [Fact]
    public void EveryReviewedEntryCarriesTheCurriculumFields()
    {
        Assert.All(Reviewed, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.QuestionEn), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.AnswerEn), e.Id);
            Assert.InRange(e.KeyPoints.Count, 2, 6);
            Assert.InRange(e.Mistakes.Count, 0, 3);
            Assert.InRange(e.Difficulty, 1, 3);
            Assert.NotNull(e.Topic);
            Assert.NotEmpty(e.Tags);
        });
    }

    [Fact]
    public void NewEntriesCiteOnlyAbsoluteReferencesAndAnswerIn80To300EnglishWords()
    {
        Assert.All(Reviewed.Where(e => e.Pack != "llm-interview"), e =>
        {
            Assert.NotEmpty(e.References);
            Assert.All(e.References, r => Assert.StartsWith("http", r.Url, StringComparison.Ordinal));
            var words = e.AnswerEn!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 80 and <= 300, $"{e.Id}: {words} English words");
        });
    }

    [Fact]
    public void TheSyllabusListsEveryTopicUsedAndEveryTopicHasEntries()
    {
        var syllabus = Snapshot.Value.Syllabus;
        var used = Snapshot.Value.Entries.Select(e => e.Topic?.Id).OfType<string>().ToHashSet();

        Assert.True(syllabus.Topics.Count >= 16, $"{syllabus.Topics.Count} topics");
        Assert.All(used, id => Assert.NotNull(syllabus.Find(id)));
        Assert.All(syllabus.Topics, t => Assert.True(Snapshot.Value.Entries.Count(e => e.Topic?.Id == t.Id) >= 5, $"{t.Id} has under 5 entries"));
    }
}
