using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Knowledge;
using TutorBot.Core.State;

namespace TutorBot.Core.Progress;

/// <summary>
/// A learner's <see cref="ProgressReport"/> now: their FSRS schedule and finished sessions from the
/// <see cref="InterviewStore"/>, over the askable entries in service and the syllabus topics they belong to.
/// Mastery of an entry is its predicted recall now (FSRS retrievability); an entry never asked counts 0.
/// </summary>
public sealed class LearnerProgress(InterviewStore store, InterviewQuestions questions, TimeProvider clock)
{
    /// <summary>The report for the learner at <paramref name="key"/> (their channel and user; the conversation does not matter).</summary>
    public async Task<ProgressReport> ForAsync(ChatKey key, CancellationToken cancellationToken)
    {
        var (_, schedule) = await store.LoadAsync(key, cancellationToken);
        var sessions = await store.SessionsAsync(key, cancellationToken);
        var entries = await questions.AskableAsync(cancellationToken);
        var syllabus = new Syllabus(entries.Select(e => e.Topic).OfType<SyllabusTopic>()
            .DistinctBy(t => t.Id).OrderBy(t => t.Order).ToList());
        var now = clock.GetUtcNow();
        return ProgressReportBuilder.Build(
            key.User, entries, syllabus,
            id => schedule.Find(id)?.RecallAt(now),
            id => schedule.Find(id)?.Due,
            now,
            sessions);
    }
}
