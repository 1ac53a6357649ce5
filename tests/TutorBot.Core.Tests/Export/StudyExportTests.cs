using System.Text.Json;
using TutorBot.Core.Export;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Knowledge;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Export;

public sealed class StudyExportTests
{
    private static readonly SyllabusTopic Attention = new("attention", new BilingualText("注意力机制与变体", "Attention and its variants"), 0)
    {
        Aliases = ["注意力", "self-attention"],
    };

    private static readonly SyllabusTopic Decoding = new("decoding", new BilingualText("解码", "Decoding"), 1);

    private static readonly IReadOnlyList<KnowledgeEntry> Entries =
    [
        Entry("a1", Attention, "softmax"),
        Entry("a2", Attention),
        Entry("a3", Attention),
        Entry("d1", Decoding, "softmax", "temperature"),
        Entry("d2", Decoding),
    ];

    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChatKey Learner = ChatKey.CommandLine("ada");

    private readonly MemoryStateStore _state = new();
    private readonly InterviewOptions _options = new();

    [Fact]
    public async Task StudyListHoldsLowScoresAndFadingEntriesWeakestFirst()
    {
        await StoreScheduleAsync(Learner,
            Item("a1", score: 3, daysAgo: 0, stability: 1),    // low score, just asked: recall 1
            Item("a2", score: 9, daysAgo: 0, stability: 5),    // good and fresh: not on the list
            Item("a3", score: 8, daysAgo: 60, stability: 2),   // good once, long forgotten: lowest recall
            Item("d1", score: 6, daysAgo: 1, stability: 3),    // below 7, fading a little
            Item("d2", score: 10, daysAgo: 20, stability: 5)); // good, but due: recall under 0.9

        var result = await Export().ExportAsync(Learner, Language.English, null, CancellationToken.None);

        Assert.Equal(StudyExportKind.StudyList, result.Kind);
        Assert.Equal(["a3", "d2", "d1", "a1"], result.Entries.Select(e => e.Id));
        Assert.Equal(["tutorbot-a3", "tutorbot-d2", "tutorbot-d1", "tutorbot-a1"], NoteGuids(result.File!));
        Assert.Equal("tutorbot-anki-en.txt", result.File!.FileName);
        Assert.Equal(4, result.File.NoteCount);
    }

    [Fact]
    public async Task ANewLearnerOrOneWithEverythingFreshHasNothingToStudyAndNoFile()
    {
        var fresh = await Export().ExportAsync(Learner, Language.Chinese, null, CancellationToken.None);
        await StoreScheduleAsync(Learner, Item("a2", score: 9, daysAgo: 1, stability: 5));
        var allGood = await Export().ExportAsync(Learner, Language.English, null, CancellationToken.None);

        Assert.Equal((StudyExportKind.NothingToStudy, StudyExportKind.NothingToStudy), (fresh.Kind, allGood.Kind));
        Assert.Null(fresh.File);
        Assert.Null(allGood.File);
        Assert.Equal(["attention", "decoding"], allGood.Topics.Select(t => t.Topic.Id));
    }

    [Fact]
    public async Task TheStudyListIsTheLearnersOwnAndSkipsEntriesNoLongerServed()
    {
        await StoreScheduleAsync(ChatKey.CommandLine("bob"), Item("a1", score: 0, daysAgo: 0, stability: 1));
        await StoreScheduleAsync(Learner, Item("gone", score: 0, daysAgo: 0, stability: 1), Item("d2", score: 2, daysAgo: 0, stability: 1));

        var result = await Export().ExportAsync(Learner, Language.English, null, CancellationToken.None);

        Assert.Equal(["d2"], result.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData("attention")]
    [InlineData("注意力")]
    [InlineData("Self-Attention")]
    [InlineData("Attention and its variants")]
    public async Task ASyllabusTopicByAnyOfItsNamesExportsEveryEntryOfIt(string topic)
    {
        await StoreScheduleAsync(Learner, Item("a1", score: 0, daysAgo: 0, stability: 1));

        var result = await Export().ExportAsync(Learner, Language.Chinese, topic, CancellationToken.None);

        Assert.Equal(StudyExportKind.Topic, result.Kind);
        Assert.Equal(["a1", "a2", "a3"], result.Entries.Select(e => e.Id));
        Assert.Equal(["tutorbot-a1", "tutorbot-a2", "tutorbot-a3"], NoteGuids(result.File!));
        Assert.Equal("tutorbot-anki-attention-zh.txt", result.File!.FileName);
        Assert.Equal(Attention.Name, result.TopicName);
    }

    [Fact]
    public async Task ATopicNoSyllabusNameMatchesFallsBackToTags()
    {
        var result = await Export().ExportAsync(Learner, Language.English, "Softmax", CancellationToken.None);

        Assert.Equal(StudyExportKind.Topic, result.Kind);
        Assert.Equal(["a1", "d1"], result.Entries.Select(e => e.Id));
        Assert.Equal("tutorbot-anki-softmax-en.txt", result.File!.FileName);
    }

    [Fact]
    public async Task AnUnknownTopicIsNamedWithTheTopicsThatExist()
    {
        var result = await Export().ExportAsync(Learner, Language.English, "guitar", CancellationToken.None);

        Assert.Equal(StudyExportKind.UnknownTopic, result.Kind);
        Assert.Null(result.File);
        Assert.Equal("guitar", result.RequestedTopic);
        Assert.Equal(2, result.Topics.Count);
    }

    private StudyExport Export() => new(
        new InterviewQuestions(new InterviewFixture.FixedSource(Entries), _options),
        new InterviewStore(_state),
        _options,
        new InterviewFixture.FakeClock(Now));

    private async Task StoreScheduleAsync(ChatKey key, params ScheduleItem[] items)
    {
        var json = JsonSerializer.Serialize(new UserSchedule(items), StateJson.Options);
        await _state.WriteAsync(new Dictionary<string, StoredItem> { [InterviewStore.ScheduleKey(key)] = new(json) }, CancellationToken.None);
    }

    private static ScheduleItem Item(string id, double score, double daysAgo, double stability) =>
        new(id, stability, 5, Now.AddDays(-daysAgo), Now.AddDays(stability - daysAgo), score, 1);

    private static KnowledgeEntry Entry(string id, SyllabusTopic topic, params string[] tags) => new()
    {
        Id = id,
        Pack = topic.Id,
        Question = $"问题 {id}?",
        QuestionEn = $"Question {id}?",
        Answer = $"答案 {id}。",
        AnswerEn = $"Answer {id}.",
        Topic = topic,
        Tags = tags,
    };

    private static List<string> NoteGuids(AnkiExportFile file) =>
        file.Content.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
}
