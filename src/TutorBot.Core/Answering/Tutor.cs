using System.Diagnostics;
using System.Runtime.CompilerServices;
using TutorBot.Core.FollowUps;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Answering;

/// <summary>
/// The answer pipeline: retrieve; when nothing is relevant say so (no LLM call); otherwise let the LLM answer from
/// numbered passages and check its citations, or, without an LLM or when it fails, give the entries' own text.
/// <paramref name="generator"/> and <paramref name="rewriter"/> are null when no LLM is configured.
/// </summary>
public sealed class Tutor(
    IKnowledgeSearch search,
    TutorOptions options,
    IAnswerGenerator? generator = null,
    IQueryRewriter? rewriter = null,
    FollowUpResponder? followUps = null) : ITutor
{
    private readonly AnswerFactory _answers = new(options);

    /// <summary>True when answers go through an LLM.</summary>
    public bool UsesLlm => generator is not null;

    /// <inheritdoc />
    public async Task<GroundedAnswer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            return _answers.Empty(question);
        }

        return await AnswerAsync(question, await PlanAsync(question, cancellationToken), Stopwatch.StartNew(), cancellationToken);
    }

    private async Task<GroundedAnswer> AnswerAsync(Question question, FollowUpPlan? plan, Stopwatch clock, CancellationToken cancellationToken)
    {
        switch (plan)
        {
            case { Reply: { } followUp } when generator is null:
                return followUp with { Diagnostics = Measure(question.Text, clock) };
            case { Reply: { } followUp }:
                // The LLM gets the entries the follow-up draws on (their key points and examples are in the
                // passages), not a rewritten search; the knowledge base's own reply is the fallback.
                return await FromLlmAsync(question, plan.Entries.Select(e => new SearchHit(e, 1, 1)).ToList(), question.Text, clock, followUp, cancellationToken);
            case { Query: { } subject }:
                return Retold(await AnswerAsync(new Question(subject, [], question.ReplyLanguage), cancellationToken), question, plan);
        }

        var (query, result) = await RetrieveAsync(question, cancellationToken);
        if (!result.Found)
        {
            return _answers.NotCovered(question, result.NearMisses.Select(h => h.Entry), AnswerMode.Extractive) with { Diagnostics = Measure(query, clock) };
        }

        if (generator is null)
        {
            return _answers.Extractive(question, result.Hits) with { Diagnostics = Measure(query, clock) };
        }

        return await FromLlmAsync(question, result.Hits, query, clock, null, cancellationToken);
    }

    // The LLM answer from the given passages, with its citations checked; when the LLM fails, the knowledge base's
    // own text (or the follow-up's own reply) with a notice.
    private async Task<GroundedAnswer> FromLlmAsync(
        Question question, IReadOnlyList<SearchHit> hits, string query, Stopwatch clock, GroundedAnswer? fallbackReply, CancellationToken cancellationToken)
    {
        var result = new SearchResult(query, hits, []);
        var prompt = generator!.BuildPrompt(question, result.Hits.Select(h => h.Entry).ToList());
        var llmClock = new Stopwatch();
        string reply;
        try
        {
            llmClock.Start();
            reply = await generator.CompleteAsync(prompt, cancellationToken);
            llmClock.Stop();
        }
        catch (AnswerGenerationException)
        {
            llmClock.Stop();
            var notice = TutorReplies.LlmUnavailable(question.ReplyLanguage);
            var fallback = fallbackReply is null ? _answers.Extractive(question, result.Hits, notice) : fallbackReply with { Notice = notice };
            return fallback with { Diagnostics = Measure(query, clock, prompt, llmClock.Elapsed) };
        }

        var answer = _answers.FromLlm(question, result.Hits, prompt, reply, generator.NotFoundSentinel, out var removed);
        return answer with { Diagnostics = Measure(query, clock, prompt, llmClock.Elapsed, removed) };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerChunk> StreamAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var plan = generator is null || string.IsNullOrWhiteSpace(question.Text) ? null : await PlanAsync(question, cancellationToken);
        if (plan?.Query is { } subject)
        {
            await foreach (var chunk in StreamAsync(new Question(subject, [], question.ReplyLanguage), cancellationToken))
            {
                yield return chunk.Final is { } told ? chunk with { Final = Retold(told, question, plan) } : chunk;
            }

            yield break;
        }

        if (generator is null || string.IsNullOrWhiteSpace(question.Text) || plan?.Reply is not null)
        {
            var whole = plan is null ? await AnswerAsync(question, cancellationToken) : await AnswerAsync(question, plan, clock, cancellationToken);
            yield return new AnswerChunk(whole.Text);
            yield return new AnswerChunk("", whole);
            yield break;
        }

        var (query, result) = await RetrieveAsync(question, cancellationToken);
        if (!result.Found)
        {
            var none = _answers.NotCovered(question, result.NearMisses.Select(h => h.Entry), AnswerMode.Extractive) with { Diagnostics = Measure(query, clock) };
            yield return new AnswerChunk(none.Text);
            yield return new AnswerChunk("", none);
            yield break;
        }

        var prompt = generator.BuildPrompt(question, result.Hits.Select(h => h.Entry).ToList());
        var filter = new StreamingCitationFilter(prompt.Passages.Count, generator.NotFoundSentinel);
        var llmClock = Stopwatch.StartNew();
        var failed = false;
        await using (var parts = generator.StreamAsync(prompt, cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            while (true)
            {
                string? shown;
                try
                {
                    shown = await parts.MoveNextAsync() ? filter.Push(parts.Current) : null;
                }
                catch (AnswerGenerationException)
                {
                    failed = true;
                    break;
                }

                if (shown is null)
                {
                    break;
                }

                if (shown.Length > 0)
                {
                    yield return new AnswerChunk(shown);
                }
            }
        }

        llmClock.Stop();
        var rest = failed ? "" : filter.Flush();
        if (rest.Length > 0)
        {
            yield return new AnswerChunk(rest);
        }

        var removed = 0;
        var final = failed
            ? _answers.Extractive(question, result.Hits, TutorReplies.LlmUnavailable(question.ReplyLanguage))
            : _answers.FromLlm(question, result.Hits, prompt, filter.Raw, generator.NotFoundSentinel, out removed);
        final = final with { Diagnostics = Measure(query, clock, prompt, llmClock.Elapsed, removed) };
        // What streamed is the LLM's text with markers checked on the fly; only a reply from elsewhere (fallback, not found) replaces it.
        var replaces = final.Mode != AnswerMode.Llm || !final.Answered;
        yield return new AnswerChunk("", final, replaces);
    }

    private async Task<(string Query, SearchResult Result)> RetrieveAsync(Question question, CancellationToken cancellationToken)
    {
        if (question.History.Count > 0 && rewriter is null)
        {
            // Without an LLM to judge, a message that finds its entry on its own is a new question, however it
            // starts ("Why do LLMs use decoder-only?" after an RLHF question); only one that finds nothing alone
            // ("why?", "举个例子") borrows the previous topic.
            var text = question.Text.Trim();
            var alone = await search.SearchAsync(new SearchQuery(text, options.MaxPassages), cancellationToken);
            if (alone.Found || (alone.Terms.Count > 0 && !FollowUpQuery.IsReferential(text)))
            {
                // Found on its own, or a new question of its own that the knowledge base does not cover ("今天天气怎么样"
                // after a KL question): the previous topic must not answer it.
                return (text, alone);
            }
        }

        var query = await RetrievalQueryAsync(question, cancellationToken);
        var result = await search.SearchAsync(new SearchQuery(query, options.MaxPassages), cancellationToken);
        if (!result.Found && question.History.Count > 0 && FollowUpQuery.IsFollowUp(question.Text.Trim()))
        {
            // A referential follow-up ("why?") adds words the entry may lack; the topic alone still finds it.
            var topic = FollowUpQuery.Topic(question.History[^1]);
            var again = await search.SearchAsync(new SearchQuery(topic, options.MaxPassages), cancellationToken);
            if (again.Found)
            {
                return (topic, again);
            }
        }

        return (query, result);
    }

    private async Task<string> RetrievalQueryAsync(Question question, CancellationToken cancellationToken)
    {
        if (question.History.Count == 0)
        {
            return question.Text.Trim();
        }

        if (rewriter is not null)
        {
            try
            {
                var rewritten = await rewriter.RewriteAsync(question, cancellationToken);
                if (!string.IsNullOrWhiteSpace(rewritten))
                {
                    return rewritten.Trim();
                }
            }
            catch (AnswerGenerationException)
            {
                // Fall through to the rule-based query: a failed rewrite must not cost the answer.
            }
        }

        return FollowUpQuery.Build(question);
    }

    private async Task<FollowUpPlan?> PlanAsync(Question question, CancellationToken cancellationToken) =>
        followUps is null ? null : await followUps.PlanAsync(question, cancellationToken);

    // The answer to "what about X" as X on its own, told as the reply to the message that asked it, with a word on
    // how it relates to the previous entry when both share a syllabus topic.
    private static GroundedAnswer Retold(GroundedAnswer answer, Question question, FollowUpPlan plan)
    {
        var shared = answer.Answered && plan.PreviousTopic is { } topic && answer.Citations.Count > 0 && answer.Citations[0].Topic?.Id == topic.Id;
        return answer with
        {
            Question = question,
            Notice = answer.Notice ?? (shared ? FollowUpTexts.SameTopic(plan.PreviousTopic!, question.ReplyLanguage) : null),
        };
    }

    private static AnswerDiagnostics Measure(string query, Stopwatch clock, LlmPrompt? prompt = null, TimeSpan llm = default, int removed = 0) =>
        new(query, prompt?.EstimatedTokens ?? 0, prompt?.Passages.Count ?? 0, removed, clock.Elapsed, llm);
}
