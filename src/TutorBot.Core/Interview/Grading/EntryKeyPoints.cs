using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// The key points an answer to an entry is graded against: the entry's own key points in the given language when it
/// has them (the curriculum format), else points cut from its answer text (<see cref="KeyPointExtractor"/>).
/// </summary>
public static class EntryKeyPoints
{
    /// <summary>The points of <paramref name="entry"/> in <paramref name="language"/>, in order; empty only for an entry with no answer.</summary>
    public static IReadOnlyList<KeyPoint> For(KnowledgeEntry entry, Language language) =>
        entry.KeyPoints.Count > 0
            ? entry.KeyPoints.Select((p, i) => new KeyPoint(i, p.In(language))).ToList()
            : KeyPointExtractor.Extract(entry.AnswerIn(language));
}
