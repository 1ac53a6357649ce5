using System.Text.Json;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Progress;
using TutorBot.Core.State;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>
/// The one place interviews and schedules are kept, for the bot and the command line alike, in an
/// <see cref="IStateStore"/>: a user's interview per conversation (<c>interview/{channel}/{conversation}/{user}</c>;
/// a group chat holds each person's own) and their schedule per channel (<c>schedule/{channel}/{user}</c>).
/// <see cref="HandleAsync"/> loads both, lets the engine decide, and stores the result with the ETags it read, in
/// one write, before the reply is shown. When another turn or host wrote in between, the turn runs again on the
/// fresh state (up to <see cref="MaxAttempts"/> times), so no graded answer is lost or counted twice and no lock
/// is held across hosts. State written by earlier versions is read through <see cref="LegacyInterviewState"/>.
/// A stored document that cannot be read is set aside (<see cref="DamagedRecords"/>) and the user starts afresh; the
/// reply lists it in <see cref="InterviewReply.SetAside"/>. When the store cannot be read at all, a message that needs
/// no stored interview (a question) is still passed on as not handled.
/// </summary>
public sealed class InterviewStore(IStateStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>How often a turn runs before a persistent conflict is given up (<see cref="StateConflictException"/>).</summary>
    public const int MaxAttempts = 6;

    /// <summary>The first part of every interview key.</summary>
    public const string InterviewKind = "interview";

    /// <summary>The key of the user's interview in this conversation.</summary>
    public static string InterviewKey(ChatKey key) => StateKey.Of(InterviewKind, key.Channel, key.Conversation, key.User);

    /// <summary>The key of the user's schedule on this channel.</summary>
    public static string ScheduleKey(ChatKey key) => StateKey.Of("schedule", key.Channel, key.User);

    /// <summary>The key of the user's finished sessions on this channel (for the progress trend).</summary>
    public static string SessionsKey(ChatKey key) => StateKey.Of("sessions", key.Channel, key.User);

    /// <summary>How many finished sessions are kept per user, newest last.</summary>
    public const int MaxSessions = 50;

    /// <summary>The user's finished interviews on this channel, oldest first; empty when none finished.</summary>
    public async Task<IReadOnlyList<FinishedSession>> SessionsAsync(ChatKey key, CancellationToken cancellationToken) =>
        (await ReadSessionsAsync(key, [], cancellationToken)).Sessions;

    /// <summary>The user's stored interview (null when none) and schedule (empty when none).</summary>
    public async Task<(InterviewState? Interview, UserSchedule Schedule)> LoadAsync(ChatKey key, CancellationToken cancellationToken)
    {
        var loaded = await ReadAsync(key, [], cancellationToken);
        return (loaded.Interview, loaded.Schedule);
    }

    /// <summary>
    /// Runs one turn: <paramref name="turn"/> gets the stored state (with <see cref="ChatKey.User"/> as the user id)
    /// and returns the engine's reply; unless the reply is <see cref="InterviewReplyKind.NotHandled"/>, its state and
    /// schedule are stored before it is returned. <paramref name="turn"/> may run more than once (see the summary).
    /// </summary>
    public async Task<InterviewReply> HandleAsync(ChatKey key, Func<InterviewContext, CancellationToken, Task<InterviewReply>> turn, CancellationToken cancellationToken)
    {
        var setAside = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            Loaded loaded;
            try
            {
                loaded = await ReadAsync(key, setAside, cancellationToken);
            }
            catch (StateStoreUnavailableException) when (attempt == 1)
            {
                // Nothing can be read: a message that is no interview command with nothing stored is a question and
                // still gets its answer; anything else has to wait for the store.
                var unstored = await turn(new InterviewContext(key.User, null, UserSchedule.Empty), cancellationToken);
                if (unstored.Kind == InterviewReplyKind.NotHandled)
                {
                    return unstored;
                }

                throw;
            }

            var reply = await turn(new InterviewContext(key.User, loaded.Interview, loaded.Schedule), cancellationToken);
            if (setAside.Count > 0)
            {
                reply = reply with { SetAside = setAside.ToList() };
            }

            if (reply.Kind == InterviewReplyKind.NotHandled)
            {
                return reply;
            }

            var changes = new Dictionary<string, StoredItem>(StringComparer.Ordinal)
            {
                [ScheduleKey(key)] = new(JsonSerializer.Serialize(reply.Schedule, StateJson.Options), loaded.ScheduleETag ?? StoredItem.CreateOnly),
            };
            if (reply.State is { } state)
            {
                changes[InterviewKey(key)] = new(JsonSerializer.Serialize(state, StateJson.Options), loaded.InterviewETag ?? StoredItem.CreateOnly);
                if (loaded.Interview is { IsOpen: true } && FinishedSession.FromInterview(state) is { } finished)
                {
                    // The turn that finishes an interview adds it to the learner's sessions, in the same write.
                    var (sessions, etag) = await ReadSessionsAsync(key, setAside, cancellationToken);
                    var kept = sessions.Append(finished).TakeLast(MaxSessions).ToList();
                    changes[SessionsKey(key)] = new(JsonSerializer.Serialize(new StoredSessions(kept), StateJson.Options), etag ?? StoredItem.CreateOnly);
                }
            }

            var written = await store.WriteAsync(changes, cancellationToken);
            if (written.Succeeded)
            {
                return reply;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }
        }
    }

    private async Task<Loaded> ReadAsync(ChatKey key, List<string> setAside, CancellationToken cancellationToken)
    {
        var interviewKey = InterviewKey(key);
        var scheduleKey = ScheduleKey(key);
        for (var attempt = 1; ; attempt++)
        {
            var items = await store.ReadAsync([interviewKey, scheduleKey, .. LegacyInterviewState.Keys(key)], cancellationToken);
            items.TryGetValue(interviewKey, out var interview);
            items.TryGetValue(scheduleKey, out var schedule);
            var (storedInterview, interviewError) = interview is null ? default : DamagedRecords.Parse<InterviewState>(interview);
            var (storedSchedule, scheduleError) = schedule is null ? default : DamagedRecords.Parse<UserSchedule>(schedule);
            if (interviewError is null && scheduleError is null)
            {
                var legacy = interview is null || schedule is null ? LegacyInterviewState.Read(key, items) : default;
                return new Loaded(
                    interview is null ? legacy.Interview : storedInterview,
                    (schedule is null ? legacy.Schedule : storedSchedule) ?? UserSchedule.Empty,
                    interview?.ETag,
                    schedule?.ETag);
            }

            await SetAsideAsync(interviewKey, interview, interviewError, setAside, cancellationToken);
            await SetAsideAsync(scheduleKey, schedule, scheduleError, setAside, cancellationToken);
            if (attempt == MaxAttempts)
            {
                throw new StateConflictException([interviewKey, scheduleKey], attempt);
            }
        }
    }

    private async Task<(IReadOnlyList<FinishedSession> Sessions, string? ETag)> ReadSessionsAsync(ChatKey key, List<string> setAside, CancellationToken cancellationToken)
    {
        var sessionsKey = SessionsKey(key);
        for (var attempt = 1; ; attempt++)
        {
            var items = await store.ReadAsync([sessionsKey], cancellationToken);
            if (!items.TryGetValue(sessionsKey, out var item))
            {
                return ([], null);
            }

            var (sessions, error) = DamagedRecords.Parse<StoredSessions>(item);
            if (error is null)
            {
                return (sessions?.Sessions ?? [], item.ETag);
            }

            await SetAsideAsync(sessionsKey, item, error, setAside, cancellationToken);
            if (attempt == MaxAttempts)
            {
                throw new StateConflictException([sessionsKey], attempt);
            }
        }
    }

    private async Task SetAsideAsync(string key, StoredItem? item, string? error, List<string> setAside, CancellationToken cancellationToken)
    {
        if (item is not null && error is not null && await DamagedRecords.SetAsideAsync(store, key, item, error, _clock, cancellationToken) is { } aside)
        {
            setAside.Add(aside);
        }
    }

    private sealed record StoredSessions(IReadOnlyList<FinishedSession> Sessions);

    private sealed record Loaded(InterviewState? Interview, UserSchedule Schedule, string? InterviewETag, string? ScheduleETag);
}
