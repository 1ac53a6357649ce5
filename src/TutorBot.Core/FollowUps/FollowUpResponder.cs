using System.Text;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.FollowUps;

/// <summary>
/// Answers follow-ups from the knowledge base, without an LLM: "why?" with the previous entry's key points as
/// reasons and the mistakes they rule out; "example" with its worked example (or the closest entry that has one);
/// "more" with the entries of its topic not seen in the conversation; "compare X and Y" with both entries side by
/// side when no entry compares them; a message sent twice in a row with a note and the key points. "What about X"
/// is not answered here: X alone is the question (<see cref="FollowUpPlan.Query"/>), so X's own entry answers it,
/// or "not covered" says the knowledge base lacks it. Every reply cites the entries it draws on.
/// </summary>
public sealed class FollowUpResponder(IKnowledgeSearch search, IServedEntries served, TutorOptions options)
{
    private const double ComparedByOneEntry = 0.8;

    /// <summary>What to do with <paramref name="question"/>: a finished reply, another query, or nothing special (null).</summary>
    public async Task<FollowUpPlan?> PlanAsync(Question question, CancellationToken cancellationToken)
    {
        var text = question.Text.Trim();
        var l = question.ReplyLanguage;
        var previous = question.History.Count > 0 ? question.History[^1] : null;
        var request = FollowUpParser.Parse(text);
        if (previous is { EntryIds.Count: > 0 } && request is null && Fold(previous.Question) == Fold(text)
            && await FindAsync(previous.EntryIds[0], cancellationToken) is { } repeated)
        {
            return Reply(question, [repeated], Points(FollowUpTexts.Repeated.In(l), repeated, l));
        }

        switch (request?.Kind)
        {
            case FollowUpKind.WhatAbout:
                var topic = previous is { EntryIds.Count: > 0 } ? (await FindAsync(previous.EntryIds[0], cancellationToken))?.Topic : null;
                return new FollowUpPlan(null, request.Subject, topic);
            case FollowUpKind.Compare:
                return await CompareAsync(question, request.Subject!, request.Other!, cancellationToken);
            case null:
                return null;
        }

        // The last entry the conversation was about: after a "not covered" turn, "more" still means the last subject.
        var last = question.History.LastOrDefault(t => t.EntryIds.Count > 0);
        var entry = last is null ? null : await FindAsync(last.EntryIds[0], cancellationToken);
        if (entry is null)
        {
            return null; // nothing to follow up on: the ordinary pipeline decides
        }

        return request.Kind switch
        {
            FollowUpKind.Why => Reply(question, [entry], Why(entry, l)),
            FollowUpKind.Example => await ExampleAsync(question, entry, cancellationToken),
            _ => await MoreAsync(question, entry, cancellationToken),
        };
    }

    private static string Why(KnowledgeEntry entry, Language l)
    {
        var text = new StringBuilder(Points(FollowUpTexts.Because.In(l), entry, l));
        if (entry.Mistakes.Count > 0)
        {
            text.Append('\n').Append(FollowUpTexts.RulesOut.In(l)).Append('\n');
            foreach (var m in entry.Mistakes)
            {
                text.Append("- ✗ ").Append(m.Claim.In(l)).Append(" — ").Append(m.Why.In(l)).Append(" [1]\n");
            }
        }

        return text.ToString().TrimEnd();
    }

    private async Task<FollowUpPlan> ExampleAsync(Question question, KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        var l = question.ReplyLanguage;
        if (entry.Example is { } example)
        {
            return Reply(question, [entry], $"**{entry.QuestionIn(l)}**\n{FollowUpTexts.Example.In(l)}\n{example.In(l)} [1]");
        }

        // The closest entry with an example: the best search hit for this entry's own question that has one.
        var near = await search.SearchAsync(new SearchQuery(entry.QuestionIn(l), 10), cancellationToken);
        if (near.Hits.Concat(near.NearMisses).Select(h => h.Entry).FirstOrDefault(e => e.Id != entry.Id && e.Example is not null) is { } other)
        {
            return Reply(question, [other], $"{FollowUpTexts.NoExample.In(l)}\n\n**{other.QuestionIn(l)}**\n{other.Example!.In(l)} [1]");
        }

        return Reply(question, [entry], Points(FollowUpTexts.NoExampleAnywhere.In(l), entry, l));
    }

    private async Task<FollowUpPlan> MoreAsync(Question question, KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        var l = question.ReplyLanguage;
        var seen = question.History.SelectMany(t => t.EntryIds).ToHashSet(StringComparer.Ordinal);
        var unseen = (await served.EntriesAsync(cancellationToken))
            .Where(e => e.Topic is not null && e.Topic.Id == entry.Topic?.Id && !seen.Contains(e.Id))
            .OrderBy(e => e.Difficulty).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(Math.Max(options.MaxPassages, 1))
            .ToList();
        if (unseen.Count == 0)
        {
            return Reply(question, [entry], Points(FollowUpTexts.NothingMore.In(l), entry, l));
        }

        var text = new StringBuilder(FollowUpTexts.More(entry.Topic).In(l)).Append('\n');
        for (var i = 0; i < unseen.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(unseen[i].QuestionIn(l)).Append(" [").Append(i + 1).Append("]\n");
        }

        return Reply(question, unseen, text.ToString().TrimEnd());
    }

    private async Task<FollowUpPlan?> CompareAsync(Question question, string x, string y, CancellationToken cancellationToken)
    {
        var whole = await search.SearchAsync(new SearchQuery(question.Text, 1), cancellationToken);
        if (whole.Found && whole.Hits[0].Coverage >= ComparedByOneEntry)
        {
            return null; // an entry compares them itself ("LayerNorm 和 BatchNorm 的区别")
        }

        var first = await search.SearchAsync(new SearchQuery(x, 1), cancellationToken);
        var second = await search.SearchAsync(new SearchQuery(y, 1), cancellationToken);
        if (!first.Found || !second.Found || first.Hits[0].Entry.Id == second.Hits[0].Entry.Id)
        {
            return null;
        }

        var l = question.ReplyLanguage;
        var (a, b) = (first.Hits[0].Entry, second.Hits[0].Entry);
        var text = new StringBuilder(FollowUpTexts.Compared.In(l)).Append("\n\n");
        text.Append(PointList($"**{a.QuestionIn(l)}**", a, l, 1)).Append("\n\n").Append(PointList($"**{b.QuestionIn(l)}**", b, l, 2));
        return Reply(question, [a, b], text.ToString());
    }

    private static string Points(string intro, KnowledgeEntry entry, Language l) =>
        PointList($"**{entry.QuestionIn(l)}**\n{intro}", entry, l, 1);

    private static string PointList(string heading, KnowledgeEntry entry, Language l, int n)
    {
        var text = new StringBuilder(heading).Append('\n');
        foreach (var point in EntryKeyPoints.For(entry, l))
        {
            text.Append("- ").Append(point.Text).Append(" [").Append(n).Append("]\n");
        }

        return text.ToString().TrimEnd();
    }

    private static FollowUpPlan Reply(Question question, IReadOnlyList<KnowledgeEntry> cited, string text) =>
        new(GroundedAnswer.FromEntries(question, text, cited.Select((e, i) => Citation.Of(e, i + 1)).ToList()), null, null) { Entries = cited };

    private async Task<KnowledgeEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await served.EntriesAsync(cancellationToken)).FirstOrDefault(e => e.Id == id);

    private static string Fold(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
