using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Interview.Scheduling.Fsrs;
using TutorBot.Core.Tests.TestSupport;
using static TutorBot.Core.Tests.TestSupport.InterviewFixture;

namespace TutorBot.Core.Tests.Interview;

public sealed class InterviewEngineTests
{
    private readonly InterviewFixture _fx = new();

    [Fact]
    public async Task StartsOnATopicWithTheAskedNumberOfQuestionsAndShowsNoReferenceBeforeTheAnswer()
    {
        var reply = await _fx.Engine().HandleAsync(Fresh(), "mock interview on attention, 2 questions", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.Question, reply.Kind);
        Assert.Equal(2, reply.State!.QuestionIds.Count);
        Assert.All(reply.State.QuestionIds, id => Assert.StartsWith("a", id));
        Assert.Equal((1, 2), (reply.Question!.Number, reply.Question.Total));
        Assert.NotNull(reply.Question.QuestionEn);
        Assert.Null(reply.Feedback);
        Assert.Null(reply.Summary);
        Assert.Equal(Language.English, reply.Language);
    }

    [Fact]
    public async Task DefaultsToFiveQuestionsAndSpeaksChineseWhenStartedInChinese()
    {
        var reply = await _fx.Engine().HandleAsync(Fresh(), "模拟面试", CancellationToken.None);

        Assert.Equal(5, reply.State!.QuestionIds.Count);
        Assert.Equal(5, reply.State.QuestionIds.Distinct().Count());
        Assert.Equal(Language.Chinese, reply.Language);
    }

    [Fact]
    public async Task LeavesOrdinaryMessagesToTheTutorWhenNoInterviewRuns()
    {
        var reply = await _fx.Engine().HandleAsync(Fresh(), "what is softmax?", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.NotHandled, reply.Kind);
        Assert.Null(reply.State);
    }

    [Fact]
    public async Task SaysSoWhenNoQuestionMatchesTheTopic()
    {
        var reply = await _fx.Engine().HandleAsync(Fresh(), "/interview guitar", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.NoQuestions, reply.Kind);
        Assert.Equal("guitar", reply.Topic);
        Assert.Null(reply.State);
    }

    [Fact]
    public async Task GradesAnswersMovesOnAndSummarisesWithWeakTopicsAndAStudyList()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview attention 2", CancellationToken.None);
        var first = reply.Question!.EntryId;

        reply = await engine.HandleAsync(Next(reply), "excellent answer", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.Feedback, reply.Kind);
        Assert.Equal((first, 9.0), (reply.Feedback!.EntryId, reply.Feedback.Result.Score));
        Assert.Equal(first, reply.Feedback.Citation.EntryId);
        Assert.Equal(2, reply.Question!.Number);
        var second = reply.Question.EntryId;
        Assert.NotEqual(first, second);

        reply = await engine.HandleAsync(Next(reply), "wrong answer", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.Summary, reply.Kind);
        Assert.Equal(InterviewStatus.Finished, reply.State!.Status);
        Assert.Equal(1.0, reply.Feedback!.Result.Score);
        var summary = reply.Summary!;
        Assert.False(summary.Stopped);
        Assert.Equal([9.0, 1.0], summary.Questions.Select(q => q.Score));
        Assert.Equal((10.0, 20.0), (summary.Total, summary.Max));
        Assert.Equal(second, Assert.Single(summary.StudyList).EntryId);
        Assert.Contains("attention", summary.WeakTopics);
        Assert.Equal(2, reply.Schedule.Items.Count);
        // 9 is Easy: back in 8 days (FSRS-6's first Easy stability); 1 is Again: back tomorrow.
        Assert.Equal(_fx.Clock.Now.AddDays(8), reply.Schedule.Find(first)!.Due);
        Assert.Equal(_fx.Clock.Now.AddDays(1), reply.Schedule.Find(second)!.Due);
    }

    [Fact]
    public async Task AHintRevealsOneKeyPointAndCostsPartOfTheScore()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview complexity 1", CancellationToken.None);
        Assert.Equal("a3", reply.Question!.EntryId);

        reply = await engine.HandleAsync(Next(reply), "hint", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.NoMoreHints, reply.Kind); // a3 has one key point: giving it would give the answer away

        reply = await engine.HandleAsync(Fresh(), "/interview 多头", CancellationToken.None);
        Assert.Equal("a2", reply.Question!.EntryId);
        reply = await engine.HandleAsync(Next(reply), "提示", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.Hint, reply.Kind);
        Assert.Equal("为了捕捉不同子空间的语义信息,", reply.Hint!.Text);
        Assert.Equal(1, reply.State!.HintsUsed);
        reply = await engine.HandleAsync(Next(reply), "hint", CancellationToken.None);
        Assert.Equal("每个头关注不同的方面,", reply.Hint!.Text);
        reply = await engine.HandleAsync(Next(reply), "hint", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.NoMoreHints, reply.Kind);

        reply = await engine.HandleAsync(Next(reply), "excellent answer", CancellationToken.None);

        Assert.Equal(9.0 - (2 * 2), reply.Feedback!.Result.Score);
        Assert.Equal(2, reply.Feedback.Result.HintsUsed);
    }

    [Fact]
    public async Task SkipScoresZeroShowsTheReferenceAndRepeatAsksAgain()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview attention 2", CancellationToken.None);
        var first = reply.Question!;

        reply = await engine.HandleAsync(Next(reply), "repeat", CancellationToken.None);
        Assert.Equal((InterviewReplyKind.Question, first), (reply.Kind, reply.Question));

        reply = await engine.HandleAsync(Next(reply), "跳过", CancellationToken.None);

        Assert.True(reply.Feedback!.Result.Skipped);
        Assert.Equal(0, reply.Feedback.Result.Score);
        Assert.NotEmpty(reply.Feedback.Result.Grade!.Missing);
        Assert.Empty(_fx.Grader.Graded);
        var skipped = reply.Schedule.Find(first.EntryId)!;
        Assert.Equal((0.0, _fx.Clock.Now.AddDays(1)), (skipped.LastScore, skipped.Due));
        Assert.Equal(FsrsModel.Default.Initial(FsrsRating.Again), skipped.Memory);
    }

    [Fact]
    public async Task StopEndsEarlyWithASummaryOfWhatWasAnswered()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "mock interview, 4 questions", CancellationToken.None);
        reply = await engine.HandleAsync(Next(reply), "partial answer", CancellationToken.None);

        reply = await engine.HandleAsync(Next(reply), "stop", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.Summary, reply.Kind);
        Assert.True(reply.Summary!.Stopped);
        Assert.Equal(5.0, Assert.Single(reply.Summary.Questions).Score);
        Assert.Equal(10.0, reply.Summary.Max);
        Assert.False(reply.State!.IsOpen);
    }

    [Fact]
    public async Task AnswersAQuestionAskedMidInterviewWithoutGradingIt()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview normalization", CancellationToken.None);
        Assert.Equal("n1", reply.Question!.EntryId);

        reply = await engine.HandleAsync(Next(reply), "what is softmax?", CancellationToken.None);

        Assert.Equal(InterviewReplyKind.SideAnswer, reply.Kind);
        Assert.Equal("s1", Assert.Single(reply.SideAnswer!.Citations).EntryId);
        Assert.Equal("n1", reply.Question!.EntryId);
        Assert.Empty(reply.State!.Results);
        Assert.Empty(_fx.Grader.Graded);
    }

    [Fact]
    public async Task DoesNotGiveAwayTheAnswerToTheQuestionBeingAsked()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview overflow", CancellationToken.None);
        Assert.Equal("s1", reply.Question!.EntryId);

        reply = await engine.HandleAsync(Next(reply), "what is softmax?", CancellationToken.None);

        Assert.True(reply.SideAnswerWithheld);
        Assert.Null(reply.SideAnswer);
        Assert.Empty(_fx.Grader.Graded);
    }

    [Fact]
    public async Task OffersToContinueAnUnfinishedInterviewOrStartsAfresh()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview attention 3", CancellationToken.None);
        reply = await engine.HandleAsync(Next(reply), "excellent", CancellationToken.None);
        var pending = reply.Question!.EntryId;

        var offer = await engine.HandleAsync(Next(reply), "mock interview on softmax", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.ResumeOffer, offer.Kind);

        var resumed = await engine.HandleAsync(Next(offer), "继续", CancellationToken.None);
        Assert.Equal((InterviewReplyKind.Question, pending), (resumed.Kind, resumed.Question!.EntryId));
        Assert.Single(resumed.State!.Results);

        var fresh = await engine.HandleAsync(Next(offer), "no", CancellationToken.None);
        Assert.Equal("softmax", fresh.State!.Topic);
        Assert.Empty(fresh.State.Results);
        Assert.NotEqual(reply.State!.Id, fresh.State.Id);
    }

    [Fact]
    public async Task CarriesOnWithoutGradingWhenTheResumeOfferGetsNeitherYesNorNo()
    {
        var engine = _fx.Engine();
        var reply = await engine.HandleAsync(Fresh(), "/interview attention 3", CancellationToken.None);
        var pending = reply.Question!.EntryId;
        var offer = await engine.HandleAsync(Next(reply), "模拟面试 softmax", CancellationToken.None);

        var next = await engine.HandleAsync(Next(offer), "注意力分数要缩放，否则点积太大", CancellationToken.None);

        Assert.Equal((InterviewReplyKind.Question, pending), (next.Kind, next.Question!.EntryId));
        Assert.Empty(next.State!.Results);
        Assert.Empty(_fx.Grader.Graded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task BringsBackAWronglyAnsweredQuestionFirstInAnInterviewDaysLater(int days)
    {
        var engine = _fx.Engine();
        var (ids, schedule) = await AnswerAttentionExcellentExcellentWrongAsync(engine);
        _fx.Clock.Now = _fx.Clock.Now.AddDays(days);

        var next = await engine.HandleAsync(Fresh(schedule: schedule), "mock interview, 6 questions", CancellationToken.None);

        // The wrong answer is due (after a day); the excellent ones are not (8 days): they come last, after the new ones.
        Assert.Equal(ids[2], next.State!.QuestionIds[0]);
        Assert.Equal(["s1", "n1", "k1"], next.State.QuestionIds.Skip(1).Take(3));
        Assert.Equal([ids[0], ids[1]], next.State.QuestionIds.TakeLast(2).Order());
    }

    [Fact]
    public async Task LaterTheSameDayAsksNewQuestionsBeforeRepeatingTheWrongAnswerAndThenTheRest()
    {
        var engine = _fx.Engine();
        var (ids, schedule) = await AnswerAttentionExcellentExcellentWrongAsync(engine);
        _fx.Clock.Now = _fx.Clock.Now.AddHours(1);

        var next = await engine.HandleAsync(Fresh(schedule: schedule), "mock interview, 6 questions", CancellationToken.None);

        // Nothing is due within the day (no learning steps: the shortest interval is a day). Of the questions already
        // asked, the one answered wrongly has the lowest predicted recall and comes first.
        Assert.Equal(["s1", "n1", "k1"], next.State!.QuestionIds.Take(3));
        Assert.Equal(ids[2], next.State.QuestionIds[3]);
        Assert.Equal([ids[0], ids[1]], next.State.QuestionIds.TakeLast(2).Order());
    }

    [Fact]
    public async Task KeepsTwoUsersApart()
    {
        var engine = _fx.Engine();
        var alice = await engine.HandleAsync(Fresh("alice"), "/interview attention 2", CancellationToken.None);
        var bob = await engine.HandleAsync(Fresh("bob"), "/interview softmax 2", CancellationToken.None);

        alice = await engine.HandleAsync(Next(alice, "alice"), "excellent", CancellationToken.None);
        bob = await engine.HandleAsync(Next(bob, "bob"), "wrong", CancellationToken.None);
        // A state that belongs to someone else is never continued.
        var stolen = await engine.HandleAsync(new InterviewContext("bob", alice.State, UserSchedule.Empty), "excellent", CancellationToken.None);

        Assert.Equal(9.0, alice.Feedback!.Result.Score);
        Assert.Equal(1.0, bob.Feedback!.Result.Score);
        Assert.Equal(InterviewReplyKind.NotHandled, stolen.Kind);
        Assert.All(alice.State!.QuestionIds, id => Assert.StartsWith("a", id));
        Assert.DoesNotContain(alice.Schedule.Items, i => bob.Schedule.Items.Contains(i));
    }

    private async Task<(IReadOnlyList<string> Ids, UserSchedule Schedule)> AnswerAttentionExcellentExcellentWrongAsync(InterviewEngine engine)
    {
        var reply = await engine.HandleAsync(Fresh(), "/interview attention 3", CancellationToken.None);
        var ids = reply.State!.QuestionIds;
        reply = await engine.HandleAsync(Next(reply), "excellent", CancellationToken.None);
        reply = await engine.HandleAsync(Next(reply), "excellent", CancellationToken.None);
        reply = await engine.HandleAsync(Next(reply), "wrong", CancellationToken.None);
        Assert.Equal(InterviewReplyKind.Summary, reply.Kind);
        return (ids, reply.Schedule);
    }
}
