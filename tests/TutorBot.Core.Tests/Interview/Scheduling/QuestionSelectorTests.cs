using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Interview.Scheduling.Fsrs;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview.Scheduling;

public sealed class QuestionSelectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly FsrsScheduler Scheduler = new();

    [Fact]
    public void AsksDueEntriesByLowestRecallThenUnseenOnesThenTheRestByLowestRecall()
    {
        var schedule = UserSchedule.Empty
            .Record("a1", 8, Now.AddDays(-10), Scheduler)   // Good: due 8 days ago, recall about 0.77 now
            .Record("a2", 1, Now.AddDays(-2), Scheduler)    // Again: due yesterday, recall about 0.70: first
            .Record("a3", 9.5, Now, Scheduler)              // Easy, just asked: recall 1, last
            .Record("s1", 1, Now.AddHours(-1), Scheduler);  // Again an hour ago: not due until tomorrow

        var order = QuestionSelector.Select(InterviewFixture.Entries, schedule, 10, Now);

        Assert.True(schedule.Find("a2")!.RecallAt(Now) < schedule.Find("a1")!.RecallAt(Now));
        Assert.Equal(["a2", "a1", "n1", "k1", "s1", "a3"], order);
    }

    [Fact]
    public void AsksNewEntriesInSyllabusOrderThenByDifficulty()
    {
        var basics = new SyllabusTopic("transformer", new BilingualText("Transformer", "Transformer"), 0);
        var later = new SyllabusTopic("rag", new BilingualText("检索增强", "RAG"), 5);
        KnowledgeEntry[] candidates =
        [
            Entry("rag-basic", later, 1),
            Entry("no-topic", null, 1),
            Entry("tf-advanced", basics, 3),
            Entry("tf-unrated", basics, 0),
            Entry("tf-basic", basics, 1),
            Entry("tf-standard", basics, 2),
            Entry("tf-basic-2", basics, 1),
        ];
        var schedule = UserSchedule.Empty.Record("tf-basic", 9, Now.AddDays(-1), Scheduler);

        var order = QuestionSelector.Select(candidates, schedule, 10, Now);

        // tf-basic was asked and is not due: it comes after every new entry. An entry without a difficulty counts
        // as standard and keeps its place among the standard ones.
        Assert.Equal(["tf-basic-2", "tf-unrated", "tf-standard", "tf-advanced", "rag-basic", "no-topic", "tf-basic"], order);
    }

    [Fact]
    public void NeverRepeatsAQuestionAndGivesTheSameOrderForTheSameClock()
    {
        var candidates = InterviewFixture.Entries.Concat(InterviewFixture.Entries.Take(2)).ToList();
        var schedule = UserSchedule.Empty.Record("a1", 3, Now.AddDays(-3), Scheduler).Record("k1", 7, Now.AddDays(-1), Scheduler);

        var first = QuestionSelector.Select(candidates, schedule, 10, Now);
        var second = QuestionSelector.Select(candidates, schedule, 10, Now);

        Assert.Equal(InterviewFixture.Entries.Count, first.Count);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
        Assert.Equal(first.Take(3), QuestionSelector.Select(candidates, schedule, 3, Now));
        Assert.Empty(QuestionSelector.Select(candidates, schedule, 0, Now));
    }

    private static KnowledgeEntry Entry(string id, SyllabusTopic? topic, int difficulty) =>
        InterviewFixture.Entry(id, id, id, "answer", "tag") with { Topic = topic, Difficulty = difficulty };
}
