using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Scheduling;

/// <summary>
/// Finds the entries of a topic by their tags, case-insensitively: a tag equal to the topic, a tag containing it
/// ("attention" finds "self-attention") or contained in it ("attention mechanism" finds "attention"). Short
/// fragments (under 2 Chinese or 3 other characters) never match by containment.
/// </summary>
public static class TopicMatcher
{
    /// <summary>The entries tagged with <paramref name="topic"/>; empty when none is.</summary>
    public static IReadOnlyList<KnowledgeEntry> Match(IReadOnlyList<KnowledgeEntry> entries, string topic)
    {
        var t = topic.Trim().ToLowerInvariant();
        return entries.Where(e => e.Tags.Any(tag => Matches(tag.ToLowerInvariant(), t))).ToList();
    }

    private static bool Matches(string tag, string topic) =>
        tag == topic
        || (LongEnough(topic) && tag.Contains(topic, StringComparison.Ordinal))
        || (LongEnough(tag) && topic.Contains(tag, StringComparison.Ordinal));

    private static bool LongEnough(string s) => s.Length >= (LanguageDetector.Detect(s) == Language.Chinese ? 2 : 3);
}
