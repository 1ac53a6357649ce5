using TutorBot.Core.Interview;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Progress;
using static TutorBot.Core.Tests.Progress.ProgressFixture;

namespace TutorBot.Core.Tests.Progress;

public sealed class ProgressReportBuilderTests
{
    [Fact]
    public void MasteryIsTheMeanRecallWithNeverAskedEntriesCountingZero()
    {
        var report = Report();

        var attention = report.Topics.Single(t => t.TopicId == "attention");
        Assert.Equal((3, 2), (attention.Entries, attention.Asked));
        Assert.Equal((0.9 + 0.6 + 0) / 3, attention.Mastery, 9);
        var rag = report.Topics.Single(t => t.TopicId == "rag-agents");
        Assert.Equal((2, 1), (rag.Entries, rag.Asked));
        Assert.Equal(0.15, rag.Mastery, 9);
        Assert.Equal((0.9 + 0.6 + 0.3) / 6, report.OverallMastery, 9);
        Assert.Equal((6, 3), (report.TotalEntries, report.TotalAsked));
    }

    [Fact]
    public void ListsEverySyllabusTopicInOrderAndTopicsWithoutEntriesAsEmpty()
    {
        var report = Report();

        Assert.Equal(["attention", "rag-agents", "moe"], report.Topics.Select(t => t.TopicId));
        Assert.Equal(new TopicProgress("moe", Moe.Name, 0, 0, 0), report.Topics[2]);
        Assert.Equal(["attention", "rag-agents"], report.TopicsWithEntries.Select(t => t.TopicId));
    }

    [Fact]
    public void CountsReviewsDueNowAndWithinAWeekIncludingOverdueOnes()
    {
        var report = Report();

        // a1 is a day overdue, a2 due in 3 days, r1 in 10 days; never-asked entries have no due date.
        Assert.Equal(1, report.DueNow);
        Assert.Equal(2, report.DueWithinWeek);
    }

    [Fact]
    public void AReviewDueExactlyNowOrExactlyAWeekAheadCounts()
    {
        var report = ProgressReportBuilder.Build("u", Entries, Curriculum, _ => 0.5,
            id => id switch { "a1" => Now, "a2" => Now.AddDays(7), "a3" => Now.AddDays(7).AddTicks(1), _ => null }, Now, []);

        Assert.Equal((1, 2), (report.DueNow, report.DueWithinWeek));
    }

    [Fact]
    public void TrendHoldsTheLastTenSessionsOldestFirstWithTheirMeanScores()
    {
        var sessions = Enumerable.Range(0, 12)
            .Select(i => new FinishedSession(Now.AddDays(-i), [i % 11, 10 - (i % 11)]))
            .Append(new FinishedSession(Now.AddDays(-1).AddHours(1), [2, 4]))
            .Append(new FinishedSession(Now.AddHours(-1), []))    // nothing scored: not a point
            .Reverse()
            .ToList();

        var trend = Report(sessions).Trend;

        Assert.Equal(ProgressReportBuilder.MaxTrendSessions, trend.Count);
        Assert.Equal(trend.OrderBy(s => s.CompletedAt).Select(s => s.CompletedAt), trend.Select(s => s.CompletedAt));
        Assert.Equal(Now, trend[^1].CompletedAt);
        Assert.Equal(Now.AddDays(-8), trend[0].CompletedAt);
        Assert.Contains(trend, s => s.CompletedAt == Now.AddDays(-1).AddHours(1) && s.MeanScore == 3 && s.Questions == 2);
    }

    [Fact]
    public void ClampsRecallAndScoresToTheirRanges()
    {
        var report = ProgressReportBuilder.Build("u", Entries.Take(2).ToList(), Curriculum,
            id => id == "a1" ? 1.7 : double.NaN, _ => null, Now, [new FinishedSession(Now, [12, -3])]);

        Assert.Equal(0.5, report.Topics[0].Mastery, 9);
        Assert.Equal(2, report.Topics[0].Asked);
        Assert.Equal(5, report.Trend.Single().MeanScore);
    }

    [Fact]
    public void ListsATopicTheSyllabusLacksAfterTheSyllabusTopics()
    {
        var draft = new SyllabusTopic("draft-topic", new BilingualText("草稿", "Draft"), 99);
        var entries = Entries.Append(Entry("d1", draft)).ToList();

        var report = ProgressReportBuilder.Build("u", entries, Curriculum, _ => null, _ => null, Now, []);

        Assert.Equal(new TopicProgress("draft-topic", draft.Name, 1, 0, 0), report.Topics[^1]);
    }

    [Fact]
    public void AFinishedInterviewIsASessionAndAnOpenOneIsNot()
    {
        var finished = new InterviewState
        {
            Id = "i1", UserId = "alice", QuestionIds = ["a1", "a2"], Index = 2, Status = InterviewStatus.Finished,
            StartedAt = Now.AddMinutes(-20), UpdatedAt = Now,
            Results = [new QuestionResult("a1", "…", 7, 0, false, null), new QuestionResult("a2", "", 0, 0, true, null)],
        };

        Assert.Equal(new FinishedSession(Now, [7.0, 0.0]).Scores, FinishedSession.FromInterview(finished)!.Scores);
        Assert.Equal(Now, FinishedSession.FromInterview(finished)!.CompletedAt);
        Assert.Null(FinishedSession.FromInterview(finished with { Status = InterviewStatus.Active }));
        Assert.Null(FinishedSession.FromInterview(finished with { Results = [] }));
    }
}
