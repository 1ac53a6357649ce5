using System.Text;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Answering;

/// <summary>
/// The answer without an LLM: the best entry's own text with its citation, plus a second entry when its score is
/// nearly as high. Nothing is added that is not in the knowledge base, apart from TutorBot's fixed labels
/// (<see cref="TutorReplies"/>). Each entry is shown in the asker's language (its English answer for an English
/// question when it has one), under its question and a line naming its topic and difficulty.
/// </summary>
public static class ExtractiveComposer
{
    /// <summary>Composes from <paramref name="hits"/> (best first, at least one).</summary>
    public static (string Text, IReadOnlyList<Citation> Citations) Compose(
        IReadOnlyList<SearchHit> hits, Language language, double secondEntryRatio)
    {
        ArgumentOutOfRangeException.ThrowIfZero(hits.Count);
        var chosen = new List<KnowledgeEntry> { hits[0].Entry };
        if (hits.Count > 1 && hits[0].Score > 0 && hits[1].Score >= secondEntryRatio * hits[0].Score)
        {
            chosen.Add(hits[1].Entry);
        }

        var text = new StringBuilder();
        var citations = new List<Citation>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var entry = chosen[i];
            var n = i + 1;
            if (i > 0)
            {
                text.Append("\n\n").Append(TutorReplies.AlsoRelevant.In(language)).Append('\n');
            }

            text.Append("**").Append(Heading(entry, language)).Append("**\n");
            if (TutorReplies.EntryFacts(entry, language) is { } facts)
            {
                text.Append(facts).Append('\n');
            }

            if (entry.Status == EntryStatus.Incomplete)
            {
                text.Append(TutorReplies.Incomplete.In(language)).Append('\n');
            }

            text.Append(entry.AnswerIn(language).Trim()).Append(" [").Append(n).Append(']');
            citations.Add(Citation.Of(entry, n));
        }

        return (text.ToString(), citations);
    }

    /// <summary>
    /// The entry's question in the asker's language when the knowledge base has it, else as written. An English
    /// asker shown a Chinese answer (an entry without an English one) also sees the original question.
    /// </summary>
    public static string Heading(KnowledgeEntry entry, Language language) =>
        language == Language.English && entry.QuestionEn is { Length: > 0 } en && en != entry.Question
            ? (string.IsNullOrWhiteSpace(entry.AnswerEn) ? $"{en} ({entry.Question})" : en)
            : entry.Question;
}
