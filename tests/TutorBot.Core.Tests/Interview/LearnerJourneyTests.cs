using TutorBot.Core.Export;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Progress;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview;

/// <summary>
/// Issue 12's learner, end to end on a fake clock and one store: three mock interviews on different days; what they
/// got wrong comes back first, their mastery rises, their weak questions go to Anki.
/// </summary>
public sealed class LearnerJourneyTests
{
    private static readonly ChatKey Learner = new("webchat", "conv-journey", "lee");

    [Fact]
    public async Task WrongAnswersComeBackFirstMasteryRisesAndTheWeakQuestionsGoToAnki()
    {
        var fx = new InterviewFixture();
        var state = new MemoryStateStore();
        var store = new InterviewStore(state);
        var questions = new InterviewQuestions(new InterviewFixture.FixedSource(InterviewFixture.Entries), fx.Options);
        var progress = new LearnerProgress(store, questions, fx.Clock);

        // Day 1: three questions, the first answered wrong, the others well.
        var first = await InterviewAsync(store, fx, ["wrong answer", "excellent answer", "excellent answer"]);
        var afterDay1 = await progress.ForAsync(Learner, CancellationToken.None);
        var onDay1 = await new StudyExport(questions, store, fx.Options, fx.Clock).ExportAsync(Learner, Language.English, null, CancellationToken.None);

        // Day 3: the wrong one is asked first; this time it is answered well, and a new question too.
        fx.Clock.Now = fx.Clock.Now.AddDays(2);
        var second = await InterviewAsync(store, fx, ["excellent answer", "excellent answer"]);
        Assert.Equal(first[0], second[0]);

        // Day 6: everything answered well again.
        fx.Clock.Now = fx.Clock.Now.AddDays(3);
        await InterviewAsync(store, fx, ["excellent answer", "excellent answer"]);
        var afterDay6 = await progress.ForAsync(Learner, CancellationToken.None);

        Assert.True(afterDay6.TotalAsked > afterDay1.TotalAsked);
        Assert.True(afterDay6.OverallMastery > afterDay1.OverallMastery, $"{afterDay1.OverallMastery:0.000} -> {afterDay6.OverallMastery:0.000}");
        Assert.Equal(3, afterDay6.Trend.Count);

        // On day 1 the study list for Anki held exactly the question answered wrong.
        Assert.Equal([first[0]], onDay1.Entries.Select(e => e.Id));
        Assert.Contains(AnkiExport.Guid(onDay1.Entries[0]), onDay1.File!.Content);
    }

    // Runs one interview of answers.Count questions and returns the ids asked, in order.
    private static async Task<IReadOnlyList<string>> InterviewAsync(InterviewStore store, InterviewFixture fx, IReadOnlyList<string> answers)
    {
        var asked = new List<string>();
        var reply = await store.HandleAsync(Learner, (c, ct) => fx.Engine().HandleAsync(c, $"/interview {answers.Count} questions", ct), CancellationToken.None);
        foreach (var answer in answers)
        {
            asked.Add(reply.Question!.EntryId);
            reply = await store.HandleAsync(Learner, (c, ct) => fx.Engine().HandleAsync(c, answer, ct), CancellationToken.None);
        }

        Assert.Equal(InterviewReplyKind.Summary, reply.Kind);
        return asked;
    }
}
