using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview;

public sealed class InterviewRepositoryTests
{
    [Fact]
    public async Task AnInterviewContinuesAfterARestartAndItsSummaryKeepsEarlierAnswers()
    {
        var store = new MemoryStateStore();
        var fx = new InterviewFixture();
        var before = new InterviewRepository(store);
        var (data, etag) = await before.LoadAsync("alice", CancellationToken.None);
        var reply = await fx.Engine().HandleAsync(new InterviewContext("alice", data.Interview, data.Schedule), "/interview attention 2", CancellationToken.None);
        etag = await before.SaveAsync("alice", new UserInterviewData(reply.State, reply.Schedule), etag, CancellationToken.None);
        reply = await fx.Engine().HandleAsync(new InterviewContext("alice", reply.State, reply.Schedule), "excellent answer", CancellationToken.None);
        await before.SaveAsync("alice", new UserInterviewData(reply.State, reply.Schedule), etag, CancellationToken.None);
        var second = reply.Question!.EntryId;

        // A new engine and repository: nothing survives but the store.
        var after = new InterviewRepository(store);
        (data, etag) = await after.LoadAsync("alice", CancellationToken.None);
        var final = await new InterviewFixture().Engine(seed: 99).HandleAsync(new InterviewContext("alice", data.Interview, data.Schedule), "wrong answer", CancellationToken.None);

        Assert.Equal(second, final.Feedback!.EntryId);
        Assert.Equal([9.0, 1.0], final.Summary!.Questions.Select(q => q.Score));
        Assert.Equal("excellent answer", final.State!.Results[0].Answer);
    }

    [Fact]
    public async Task RefusesToOverwriteAChangeMadeSinceTheLoad()
    {
        var repository = new InterviewRepository(new MemoryStateStore());
        var (data, etag) = await repository.LoadAsync("bob", CancellationToken.None);
        var first = await repository.SaveAsync("bob", data, etag, CancellationToken.None);
        Assert.NotNull(first);
        Assert.NotNull(await repository.SaveAsync("bob", data, first, CancellationToken.None));

        Assert.Null(await repository.SaveAsync("bob", data, first, CancellationToken.None));
    }

    [Fact]
    public async Task StateRoundTripsThroughJsonWithItsGrades()
    {
        var store = new MemoryStateStore();
        var fx = new InterviewFixture();
        var reply = await fx.Engine().HandleAsync(InterviewFixture.Fresh("carol"), "/interview attention 2", CancellationToken.None);
        reply = await fx.Engine().HandleAsync(InterviewFixture.Next(reply, "carol"), "partial answer", CancellationToken.None);
        var repository = new InterviewRepository(store);
        await repository.SaveAsync("carol", new UserInterviewData(reply.State, reply.Schedule), null, CancellationToken.None);

        var (data, _) = await repository.LoadAsync("carol", CancellationToken.None);

        Assert.Equal(reply.State!.QuestionIds, data.Interview!.QuestionIds);
        Assert.Equal(reply.State.Index, data.Interview.Index);
        Assert.Equal(reply.State.Results[0].Grade!.Points.Count, data.Interview.Results[0].Grade!.Points.Count);
        Assert.Equal(reply.Schedule.Items, data.Schedule.Items);
        Assert.Null((await repository.LoadAsync("nobody", CancellationToken.None)).ETag);
    }
}
