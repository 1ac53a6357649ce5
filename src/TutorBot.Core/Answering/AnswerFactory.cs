using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Answering;

/// <summary>Builds the <see cref="GroundedAnswer"/> for each outcome of the pipeline.</summary>
internal sealed class AnswerFactory(TutorOptions options)
{
    public GroundedAnswer NotCovered(Question question, IEnumerable<KnowledgeEntry> closest, AnswerMode mode, string? notice = null)
    {
        var language = question.ReplyLanguage;
        var didYouMean = closest
            .Select(e => language == Language.English && e.QuestionEn is { Length: > 0 } en ? en : e.Question)
            .Distinct()
            .Take(3)
            .ToList();
        var text = TutorReplies.NotCovered.In(language);
        if (didYouMean.Count > 0)
        {
            text += "\n" + TutorReplies.DidYouMean.In(language) + "\n" + string.Join("\n", didYouMean.Select(q => "- " + q));
        }

        return GroundedAnswer.NotAnswered(question, mode, text, didYouMean, notice);
    }

    public GroundedAnswer Empty(Question question) =>
        GroundedAnswer.NotAnswered(question, AnswerMode.Extractive, TutorReplies.EmptyQuestion.In(question.ReplyLanguage));

    public GroundedAnswer Extractive(Question question, IReadOnlyList<SearchHit> hits, string? notice = null)
    {
        var language = question.ReplyLanguage;
        var (text, citations) = ExtractiveComposer.Compose(hits, language, options.SecondEntryRatio);
        return GroundedAnswer.FromEntries(question, text, citations, notice);
    }

    /// <summary>Checks the LLM's reply: sentinel, citation markers, grounding.</summary>
    public GroundedAnswer FromLlm(Question question, IReadOnlyList<SearchHit> hits, LlmPrompt prompt, string reply, string sentinel, out int removed)
    {
        removed = 0;
        if (reply.Contains(sentinel, StringComparison.Ordinal))
        {
            return NotCovered(question, prompt.Passages, AnswerMode.Llm);
        }

        var check = CitationValidator.Check(reply.Trim(), prompt.Passages.Count);
        removed = check.Removed;
        if (check.Cited.Count == 0)
        {
            var language = question.ReplyLanguage;
            return options.ReplaceUngrounded
                ? Extractive(question, hits, TutorReplies.Ungrounded.In(language))
                : GroundedAnswer.Ungrounded(question, check.Text, TutorReplies.UngroundedKept.In(language));
        }

        var citations = check.Cited.Order().Select(n => Citation.Of(prompt.Passages[n - 1], n)).ToList();
        return GroundedAnswer.FromLlm(question, check.Text, citations);
    }
}
