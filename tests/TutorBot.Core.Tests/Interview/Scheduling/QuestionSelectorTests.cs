using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview;

public sealed class SchedulingTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MovesEntriesBetweenLeitnerBoxesByScore()
    {
        var schedule = UserSchedule.Empty.Record("a1", 9, Now).Record("a2", 6, Now).Record("a3", 2, Now);

        Assert.Equal((2, Now.AddDays(1)), (schedule.Find("a1")!.Box, schedule.Find("a1")!.Due));
        Assert.Equal((2, Now.AddDays(1)), (schedule.Find("a2")!.Box, schedule.Find("a2")!.Due));
        Assert.Equal((1, Now), (schedule.Find("a3")!.Box, schedule.Find("a3")!.Due));

        var later = schedule.Record("a1", 10, Now.AddDays(1)).Record("a1", 8, Now.AddDays(4));
        Assert.Equal((4, Now.AddDays(4 + 7), 3), (later.Find("a1")!.Box, later.Find("a1")!.Due, later.Find("a1")!.Reviews));
        Assert.Equal(1, later.Record("a1", 3, Now.AddDays(11)).Find("a1")!.Box);
    }

    [Fact]
    public void AsksBadlyAnsweredEntriesFirstThenUnseenThenWellAnsweredOnes()
    {
        var schedule = UserSchedule.Empty
            .Record("a1", 10, Now.AddDays(-1))   // box 2, due today: due, but after box 1
            .Record("a2", 1, Now.AddDays(-1))    // box 1: due first
            .Record("a3", 9, Now);               // box 2, due tomorrow: last

        var order = new QuestionSelector(new Random(1)).Select(InterviewFixture.Entries, schedule, 6, Now);

        Assert.Equal(["a2", "a1"], order.Take(2));
        Assert.Equal("a3", order[^1]);
        Assert.Equal(6, order.Distinct().Count());
    }

    [Fact]
    public void NeverRepeatsAQuestionAndIsDeterministicForASeed()
    {
        var first = new QuestionSelector(new Random(42)).Select(InterviewFixture.Entries, UserSchedule.Empty, 10, Now);
        var second = new QuestionSelector(new Random(42)).Select(InterviewFixture.Entries, UserSchedule.Empty, 10, Now);

        Assert.Equal(InterviewFixture.Entries.Count, first.Count);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("attention", new[] { "a1", "a2", "a3" })]
    [InlineData("注意力", new[] { "a1", "a2", "a3" })]
    [InlineData("Softmax", new[] { "a1", "s1" })]
    [InlineData("complexity", new[] { "a3" })]
    [InlineData("guitar", new string[0])]
    public void FindsTopicsByTagsInEitherLanguage(string topic, string[] expected) =>
        Assert.Equal(expected, TopicMatcher.Match(InterviewFixture.Entries, topic).Select(e => e.Id));
}
