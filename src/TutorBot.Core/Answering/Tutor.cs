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
    /// <remarks>The last chunk of <see cref="StreamAsync"/>: one pipeline, whether the caller shows pieces or not.</remarks>
    public async Task<GroundedAnswer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        await foreach (var chunk in StreamAsync(question, cancellationToken))
        {
            if (chunk.Final is { } final)
            {
                return final;
            }
        }

        throw new InvalidOperationException("The answer stream ended without a final answer.");
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AnswerChunk> StreamAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            foreach (var chunk in Whole(_answers.Empty(question)))
            {
                yield return chunk;
            }

            yield break;
        }

        var plan = await PlanAsync(question, cancellationToken);
        if (plan?.Query is { } subject)
        {
            // "What about X": X answered on its own, told as the reply to this message.
            await foreach (var chunk in StreamAsync(new Question(subject, [], question.ReplyLanguage), cancellationToken))
            {
                yield return chunk.Final is { } told ? chunk with { Final = Retold(told, question, plan) } : chunk;
            }

            yield break;
        }

        IReadOnlyList<SearchHit> hits;
        string query;
        GroundedAnswer? ownReply = null;
        if (plan?.Reply is { } followUp)
        {
            // The LLM gets the entries the follow-up draws on (their key points and examples are in the passages),
            // not a rewritten search; the knowledge base's own reply is the answer without an LLM and its fallback.
            (hits, query, ownReply) = (plan.Entries.Select(e => new SearchHit(e, 1, 1)).ToList(), question.Text, followUp);
        }
        else
        {
            SearchResult result;
            (query, result) = await RetrieveAsync(question, cancellationToken);
            if (!result.Found)
            {
                foreach (var chunk in Whole(_answers.NotCovered(question, result.NearMisses.Select(h => h.Entry), AnswerMode.Extractive) with { Diagnostics = Measure(query, clock) }))
                {
                    yield return chunk;
                }

                yield break;
            }

            hits = result.Hits;
        }

        if (generator is null)
        {
            var own = ownReply ?? _answers.Extractive(question, hits);
            foreach (var chunk in Whole(own with { Diagnostics = Measure(query, clock) }))
            {
                yield return chunk;
            }

            yield break;
        }

        await foreach (var chunk in FromLlmAsync(question, hits, query, clock, ownReply, cancellationToken))
        {
            yield return chunk;
        }
    }

    // The LLM's answer from the given passages as it arrives, markers checked on the fly, then the checked answer;
    // when the LLM fails, the knowledge base's own text (or the follow-up's own reply) with a notice.
    private async IAsyncEnumerable<AnswerChunk> FromLlmAsync(
        Question question, IReadOnlyList<SearchHit> hits, string query, Stopwatch clock, GroundedAnswer? ownReply,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prompt = generator!.BuildPrompt(question, hits.Select(h => h.Entry).ToList());
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
        var notice = TutorReplies.LlmUnavailable.In(question.ReplyLanguage);
        var final = !failed ? _answers.FromLlm(question, hits, prompt, filter.Raw, generator.NotFoundSentinel, out removed)
            : ownReply is null ? _answers.Extractive(question, hits, notice)
            : ownReply with { Notice = notice };
        final = final with { Diagnostics = Measure(query, clock, prompt, llmClock.Elapsed, removed) };
        // What streamed is the LLM's text with markers checked on the fly; only a reply from elsewhere (fallback, not found) replaces it.
        var replaces = final.Mode != AnswerMode.Llm || !final.Answered;
        yield return new AnswerChunk("", final, replaces);
    }

    // A reply that comes whole: its text as one chunk, then the final chunk.
    private static IEnumerable<AnswerChunk> Whole(GroundedAnswer answer) => [new AnswerChunk(answer.Text), new AnswerChunk("", answer)];

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
            Notice = answer.Notice ?? (shared ? FollowUpTexts.SameTopic(plan.PreviousTopic!).In(question.ReplyLanguage) : null),
        };
    }

    private static AnswerDiagnostics Measure(string query, Stopwatch clock, LlmPrompt? prompt = null, TimeSpan llm = default, int removed = 0) =>
        new(query, prompt?.EstimatedTokens ?? 0, prompt?.Passages.Count ?? 0, removed, clock.Elapsed, llm);
}
