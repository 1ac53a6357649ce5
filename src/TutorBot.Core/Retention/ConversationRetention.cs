using TutorBot.Core.Answering;
using TutorBot.Core.Feedback;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;

namespace TutorBot.Core.Retention;

/// <summary>
/// What retention deletes: the documents that belong to one conversation, once nobody has written them for the retention
/// period. These are its history for follow-ups, each user's interview in it, and the answers a vote can refer to. They
/// grow with every new conversation (about 12 KB each under the load tool's soak, docs/performance.md). What a learner
/// keeps across conversations (schedule, finished sessions, reminder) and the feedback votes are never expired, nor is
/// the command line's record of before 2026-11-29, which holds a schedule (<see cref="Kept"/>).
/// </summary>
public static class ConversationRetention
{
    /// <summary>The key prefixes of conversation documents, each ending in "/".</summary>
    public static IReadOnlyList<string> Prefixes { get; } =
    [
        ConversationHistory.Kind + "/",
        InterviewStore.InterviewKind + "/",
        AnswerLedger.AnswerKind + "/",
        AnswerLedger.ListKind + "/",
    ];

    /// <summary>Key prefixes under <see cref="Prefixes"/> that are never expired.</summary>
    public static IReadOnlyList<string> Kept { get; } = [LegacyInterviewState.CommandLinePrefix];

    /// <summary>
    /// Deletes the conversation documents in <paramref name="store"/> last written more than <paramref name="days"/> days
    /// before <paramref name="now"/>; returns how many. Nothing is deleted when <paramref name="days"/> is 0 (keep forever).
    /// </summary>
    public static Task<int> ExpireAsync(IStateExpiry store, int days, DateTimeOffset now, CancellationToken cancellationToken) =>
        days <= 0 ? Task.FromResult(0) : store.ExpireAsync(Prefixes, Kept, now - TimeSpan.FromDays(days), cancellationToken);
}
