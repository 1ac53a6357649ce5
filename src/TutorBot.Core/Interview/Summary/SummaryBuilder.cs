using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Summary;

/// <summary>
/// Builds the end-of-interview summary. Weak topics: each tag (in the interview's language when the entry has
/// tags in it) gets the average score of the listed questions carrying it; tags averaging below
/// <see cref="InterviewOptions.StudyBelowScore"/> are weak, lowest first. Study list: every listed question
/// below that score, cited, the one the learner is most likely to forget first (lowest predicted recall, when the
/// schedule gives one), then the lowest score.
/// </summary>
public static class SummaryBuilder
{
    public static InterviewSummary Build(InterviewState state, IReadOnlyList<KnowledgeEntry> entries, InterviewOptions options, bool stopped, Func<string, double?>? recall = null)
    {
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var questions = new List<QuestionScore>();
        var tagScores = new Dictionary<string, List<double>>(StringComparer.OrdinalIgnoreCase);
        var weak = new List<(QuestionScore Score, KnowledgeEntry? Entry)>();
        for (var i = 0; i < state.Results.Count; i++)
        {
            var result = state.Results[i];
            byId.TryGetValue(result.EntryId, out var entry);
            var citation = entry is not null ? Citation.Of(entry) : result.Grade?.Citation ?? Citation.Unknown(result.EntryId);
            var score = new QuestionScore(i + 1, result.EntryId, citation.Title, citation.TitleEn, result.Score, result.Skipped, result.HintsUsed, citation);
            questions.Add(score);
            foreach (var tag in entry is null ? [] : TagsIn(entry, state.Language))
            {
                (tagScores.TryGetValue(tag, out var list) ? list : tagScores[tag] = []).Add(result.Score);
            }

            if (result.Score < options.StudyBelowScore)
            {
                weak.Add((score, entry));
            }
        }

        var weakTopics = tagScores
            .Select(t => (Tag: t.Key, Average: t.Value.Average(), Count: t.Value.Count))
            .Where(t => t.Average < options.StudyBelowScore)
            .OrderBy(t => t.Average).ThenByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal)
            .Take(options.WeakTopicCount)
            .Select(t => t.Tag)
            .ToList();
        var studyList = weak
            .OrderBy(w => recall?.Invoke(w.Score.EntryId) ?? 1).ThenBy(w => w.Score.Score).ThenBy(w => w.Score.Number)
            .DistinctBy(w => w.Score.EntryId)
            .Select((w, n) => w.Score.Citation with { N = n + 1 })
            .ToList();
        return new InterviewSummary(questions, Math.Round(questions.Sum(q => q.Score), 1), questions.Count * AnswerGrade.MaxScore, weakTopics, studyList, stopped);
    }

    private static IEnumerable<string> TagsIn(KnowledgeEntry entry, Language language)
    {
        var inLanguage = entry.Tags.Where(t => LanguageDetector.Detect(t) == language).ToList();
        return inLanguage.Count > 0 ? inLanguage : entry.Tags;
    }
}
