using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Intents;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Interview.Scheduling.Fsrs;
using TutorBot.Core.Interview.Summary;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Interview;

/// <summary>
/// The mock interview, channel-neutral and stateless: each call takes the user's state and schedule with one
/// message and returns the reply with the new state and schedule, which the caller stores (bot state, the
/// command line's store). Questions come from the knowledge base (by topic tag, else by search), never twice in
/// one interview, in the order of the user's <see cref="UserSchedule"/> (FSRS-6, aiming at
/// <see cref="InterviewOptions.DesiredRetention"/>); answers are graded by
/// <see cref="IAnswerGrader"/>; questions the user asks mid-interview are answered by <see cref="ITutor"/> and not
/// graded. Safe to call from many threads for different users.
/// </summary>
public sealed class InterviewEngine(
    InterviewQuestions questions,
    IKnowledgeSearch search,
    ITutor tutor,
    IAnswerGrader grader,
    InterviewOptions options,
    TimeProvider clock,
    Random random)
{
    private readonly FsrsScheduler _scheduler = new(options.DesiredRetention);

    // Random (only for interview ids) is not thread-safe: every use takes this lock.
    private readonly Lock _randomLock = new();

    /// <summary>
    /// Handles one message. Outside an interview only a start is handled (anything else comes back as
    /// <see cref="InterviewReplyKind.NotHandled"/> with the context unchanged); inside one, commands (hint, skip,
    /// repeat, stop, in English or Chinese) act and anything else is the answer.
    /// </summary>
    /// <remarks>
    /// When <see cref="InterviewContext.MessageId"/> names the message whose answer was graded last
    /// (<see cref="InterviewState.GradedMessageId"/>), the message is a redelivery: its grade is shown again and
    /// nothing changes. A message that is graded (an answer or a skip) is remembered by that id in the new state.
    /// </remarks>
    public async Task<InterviewReply> HandleAsync(InterviewContext context, string userText, CancellationToken cancellationToken)
    {
        // Only a message to a running or finished interview can have been graded; one that starts an interview is not.
        if (context.MessageId is not { Length: > 0 } messageId || context.State is not { } stored || stored.UserId != context.UserId)
        {
            return await HandleMessageAsync(context, userText, cancellationToken);
        }

        if (stored.GradedMessageId == messageId && stored.Results.Count > 0)
        {
            return await ReplayAsync(stored, context.Schedule, cancellationToken);
        }

        var reply = await HandleMessageAsync(context, userText, cancellationToken);
        return reply.State is { } next && next.Id == stored.Id && next.Results.Count > stored.Results.Count
            ? reply with { State = next with { GradedMessageId = messageId } }
            : reply;
    }

    private async Task<InterviewReply> HandleMessageAsync(InterviewContext context, string userText, CancellationToken cancellationToken)
    {
        var text = userText ?? "";
        var intent = InterviewIntentParser.Parse(text);
        var state = context.State is { IsOpen: true } open && open.UserId == context.UserId ? open : null;
        if (intent.Kind == InterviewIntentKind.Topics)
        {
            // Listing topics leaves an interview in progress as it is; the question is shown again below the list.
            var reply = state is null
                ? new InterviewReply(InterviewReplyKind.Topics, context.State, context.Schedule, context.Language ?? LanguageDetector.Detect(text))
                : await AskAsync(InterviewReplyKind.Topics, state, context.Schedule, cancellationToken);
            return reply with { Topics = await questions.TopicsAsync(cancellationToken) };
        }

        if (state is null)
        {
            var language = context.Language ?? LanguageDetector.Detect(text);
            return intent.Kind == InterviewIntentKind.Start
                ? await StartAsync(context, intent, language, cancellationToken)
                : new InterviewReply(InterviewReplyKind.NotHandled, context.State, context.Schedule, language);
        }

        if (context.Language is { } chosen && chosen != state.Language)
        {
            state = state with { Language = chosen };
        }

        if (state.Status == InterviewStatus.AwaitingResume)
        {
            return intent.Kind switch
            {
                InterviewIntentKind.Yes => await AskAsync(InterviewReplyKind.Question, Touch(state with { Status = InterviewStatus.Active, PendingStart = null }), context.Schedule, cancellationToken),
                InterviewIntentKind.No => await StartAsync(context, state.PendingStart ?? new InterviewIntent(InterviewIntentKind.Start), state.Language, cancellationToken),
                InterviewIntentKind.Stop => await FinishAsync(state, context.Schedule, null, cancellationToken),
                InterviewIntentKind.Start => await AskAsync(InterviewReplyKind.ResumeOffer, Touch(state with { PendingStart = intent }), context.Schedule, cancellationToken),
                // Neither yes nor no: carry on with the interview rather than ask again, and show the question
                // (the text is not graded: it was written before the user saw the question).
                _ => await AskAsync(InterviewReplyKind.Question, Touch(state with { Status = InterviewStatus.Active, PendingStart = null }), context.Schedule, cancellationToken),
            };
        }

        return intent.Kind switch
        {
            InterviewIntentKind.Start => await AskAsync(InterviewReplyKind.ResumeOffer, Touch(state with { Status = InterviewStatus.AwaitingResume, PendingStart = intent }), context.Schedule, cancellationToken),
            InterviewIntentKind.Hint => await HintAsync(state, context.Schedule, cancellationToken),
            InterviewIntentKind.Why => await ExplainAsync(state, context.Schedule, cancellationToken),
            InterviewIntentKind.Skip => await SkipAsync(state, context.Schedule, cancellationToken),
            InterviewIntentKind.Repeat => await AskAsync(InterviewReplyKind.Question, state, context.Schedule, cancellationToken),
            InterviewIntentKind.Stop => await FinishAsync(state, context.Schedule, null, cancellationToken),
            _ when RealQuestionDetector.IsQuestion(text) => await SideQuestionAsync(state, context.Schedule, text, cancellationToken),
            _ => await AnswerAsync(state, context.Schedule, text, cancellationToken),
        };
    }

    private async Task<InterviewReply> StartAsync(InterviewContext context, InterviewIntent intent, Language language, CancellationToken cancellationToken)
    {
        var candidates = await questions.AskableAsync(cancellationToken);
        if (intent.Topic is { } topic)
        {
            candidates = await TopicCandidatesAsync(candidates, topic, cancellationToken);
        }

        var count = Math.Clamp(intent.Count ?? options.DefaultQuestionCount, 1, options.MaxQuestionCount);
        var now = clock.GetUtcNow();
        var planned = QuestionSelector.Select(candidates, context.Schedule, count, now);
        string id;
        lock (_randomLock)
        {
            id = $"{now:yyyyMMddHHmmss}-{random.Next(0x10000):x4}";
        }

        if (planned.Count == 0)
        {
            return new InterviewReply(InterviewReplyKind.NoQuestions, context.State, context.Schedule, language)
            {
                Topic = intent.Topic,
                Topics = await questions.TopicsAsync(cancellationToken),
            };
        }

        var state = new InterviewState
        {
            Id = id,
            UserId = context.UserId,
            Topic = intent.Topic,
            QuestionIds = planned,
            Language = language,
            StartedAt = now,
            UpdatedAt = now,
        };
        return await AskAsync(InterviewReplyKind.Question, state, context.Schedule, cancellationToken);
    }

    // A syllabus topic first ("RAG", "位置编码"), then tags (exact and predictable); a topic neither names
    // ("梯度", "numerical") falls back to retrieval.
    private async Task<IReadOnlyList<KnowledgeEntry>> TopicCandidatesAsync(IReadOnlyList<KnowledgeEntry> askable, string topic, CancellationToken cancellationToken)
    {
        var syllabus = new Syllabus((await questions.TopicsAsync(cancellationToken)).Select(t => t.Topic).ToList());
        if (syllabus.Match(topic) is { } chosen)
        {
            return askable.Where(e => e.Topic?.Id == chosen.Id).ToList();
        }

        var tagged = TopicMatcher.Match(askable, topic);
        if (tagged.Count > 0)
        {
            return tagged;
        }

        var result = await search.SearchAsync(new SearchQuery(topic, Top: options.MaxQuestionCount), cancellationToken);
        var ids = result.Hits.Select(h => h.Entry.Id).ToHashSet(StringComparer.Ordinal);
        return askable.Where(e => ids.Contains(e.Id)).ToList();
    }

    // "why?" right after feedback: the last result again, rendered as the reasons behind the points it missed; the
    // current question is asked again, and nothing is graded.
    private async Task<InterviewReply> ExplainAsync(InterviewState state, UserSchedule schedule, CancellationToken cancellationToken)
    {
        var reply = await AskAsync(InterviewReplyKind.Explanation, Touch(state), schedule, cancellationToken);
        if (state.Results.Count == 0 || state.Results[^1].Grade is null)
        {
            return reply;
        }

        var last = state.Results[^1];
        var entry = await questions.FindAsync(last.EntryId, cancellationToken);
        var citation = last.Grade!.Citation;
        return reply with
        {
            Explanation = new AnswerFeedback(state.Results.Count, last.EntryId, entry?.Question ?? last.EntryId, entry?.QuestionEn, last, citation),
        };
    }

    private async Task<InterviewReply> HintAsync(InterviewState state, UserSchedule schedule, CancellationToken cancellationToken)
    {
        var entry = await questions.FindAsync(state.CurrentEntryId!, cancellationToken);
        var points = entry is null ? [] : EntryKeyPoints.For(entry, state.Language);
        // The last point is never given away: a hint helps an answer, it does not replace it.
        if (state.HintsUsed >= points.Count - 1)
        {
            return await AskAsync(InterviewReplyKind.NoMoreHints, state, schedule, cancellationToken);
        }

        var next = Touch(state with { HintsUsed = state.HintsUsed + 1 });
        var reply = await AskAsync(InterviewReplyKind.Hint, next, schedule, cancellationToken);
        return reply with { Hint = points[state.HintsUsed] };
    }

    private async Task<InterviewReply> AnswerAsync(InterviewState state, UserSchedule schedule, string text, CancellationToken cancellationToken)
    {
        var entry = await questions.FindAsync(state.CurrentEntryId!, cancellationToken);
        if (entry is null)
        {
            // The entry left the knowledge base mid-interview: nothing to grade against, so it does not count.
            return await AdvanceAsync(state with { QuestionIds = state.QuestionIds.Where((_, i) => i != state.Index).ToList(), HintsUsed = 0 }, schedule, null, cancellationToken);
        }

        var grade = await grader.GradeAsync(entry, text, cancellationToken);
        var score = Math.Max(0, Math.Round(grade.Score - (state.HintsUsed * options.HintCost), 1));
        return await RecordAsync(state, schedule, new QuestionResult(entry.Id, text, score, state.HintsUsed, Skipped: false, grade), cancellationToken);
    }

    // A skip scores 0 but still shows the reference's key points: the user should learn what was asked.
    private async Task<InterviewReply> SkipAsync(InterviewState state, UserSchedule schedule, CancellationToken cancellationToken)
    {
        var entry = await questions.FindAsync(state.CurrentEntryId!, cancellationToken);
        var grade = entry is null ? null
            : AnswerGrade.Zero(entry.Id, EntryKeyPoints.For(entry, state.Language), Citation.Of(entry), AnswerGraders.KeyPointCoverage) with { OffTopic = false };
        return await RecordAsync(state, schedule, new QuestionResult(state.CurrentEntryId!, "", 0, state.HintsUsed, Skipped: true, grade), cancellationToken);
    }

    private async Task<InterviewReply> RecordAsync(InterviewState state, UserSchedule schedule, QuestionResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var entry = await questions.FindAsync(result.EntryId, cancellationToken);
        var number = state.Index + 1;
        var feedback = new AnswerFeedback(number, result.EntryId, entry?.Question ?? result.EntryId, entry?.QuestionEn, result,
            result.Grade?.Citation ?? (entry is null ? Citation.Unknown(result.EntryId) : Citation.Of(entry)));
        var next = state with { Results = [.. state.Results, result], Index = state.Index + 1, HintsUsed = 0 };
        return await AdvanceAsync(next, schedule.Record(result.EntryId, result.Score, now, _scheduler), feedback, cancellationToken);
    }

    private async Task<InterviewReply> AdvanceAsync(InterviewState state, UserSchedule schedule, AnswerFeedback? feedback, CancellationToken cancellationToken)
    {
        if (state.CurrentEntryId is null)
        {
            return await FinishAsync(state, schedule, feedback, cancellationToken, stopped: false);
        }

        var reply = await AskAsync(InterviewReplyKind.Feedback, Touch(state), schedule, cancellationToken);
        return reply with { Feedback = feedback };
    }

    private async Task<InterviewReply> SideQuestionAsync(InterviewState state, UserSchedule schedule, string text, CancellationToken cancellationToken)
    {
        var answer = await tutor.AnswerAsync(new Question(text, [], state.Language), cancellationToken);
        var givesAway = answer.Citations.Any(c => c.EntryId == state.CurrentEntryId);
        var reply = await AskAsync(InterviewReplyKind.SideAnswer, Touch(state), schedule, cancellationToken);
        return reply with { SideAnswer = givesAway ? null : answer, SideAnswerWithheld = givesAway };
    }

    // A redelivered graded message: the feedback on its grade again, and the question now asked or the summary.
    private async Task<InterviewReply> ReplayAsync(InterviewState state, UserSchedule schedule, CancellationToken cancellationToken)
    {
        var last = state.Results[^1];
        var entry = await questions.FindAsync(last.EntryId, cancellationToken);
        var feedback = new AnswerFeedback(state.Results.Count, last.EntryId, entry?.Question ?? last.EntryId, entry?.QuestionEn, last,
            last.Grade?.Citation ?? (entry is null ? Citation.Unknown(last.EntryId) : Citation.Of(entry)));
        if (state.IsOpen && state.CurrentEntryId is not null)
        {
            return await AskAsync(InterviewReplyKind.Feedback, state, schedule, cancellationToken) with { Feedback = feedback };
        }

        var entries = await questions.EntriesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var summary = SummaryBuilder.Build(state, entries, options, stopped: state.Results.Count < state.QuestionIds.Count, id => schedule.Find(id)?.RecallAt(now));
        return new InterviewReply(InterviewReplyKind.Summary, state, schedule, state.Language) { Feedback = feedback, Summary = summary, HintCost = options.HintCost };
    }

    private async Task<InterviewReply> FinishAsync(InterviewState state, UserSchedule schedule, AnswerFeedback? feedback, CancellationToken cancellationToken, bool stopped = true)
    {
        var entries = await questions.EntriesAsync(cancellationToken);
        var finished = Touch(state with { Status = InterviewStatus.Finished, PendingStart = null, HintsUsed = 0 });
        var now = clock.GetUtcNow();
        var summary = SummaryBuilder.Build(finished, entries, options, stopped, id => schedule.Find(id)?.RecallAt(now));
        return new InterviewReply(InterviewReplyKind.Summary, finished, schedule, finished.Language) { Feedback = feedback, Summary = summary, HintCost = options.HintCost };
    }

    private async Task<InterviewReply> AskAsync(InterviewReplyKind kind, InterviewState state, UserSchedule schedule, CancellationToken cancellationToken)
    {
        var entry = await questions.FindAsync(state.CurrentEntryId!, cancellationToken);
        var prompt = new QuestionPrompt(state.Index + 1, state.QuestionIds.Count, state.CurrentEntryId!,
            entry?.Question ?? state.CurrentEntryId!, entry?.QuestionEn, entry?.Tags ?? []);
        return new InterviewReply(kind, state, schedule, state.Language) { Question = prompt, HintCost = options.HintCost };
    }

    private InterviewState Touch(InterviewState state) => state with { UpdatedAt = clock.GetUtcNow() };
}
