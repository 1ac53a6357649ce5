using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Grading;

/// <summary>The citation of a whole entry, as feedback and study lists show it.</summary>
public static class EntryCitation
{
    /// <summary>Citation number <paramref name="n"/> for <paramref name="entry"/>: its first source URL, else its file.</summary>
    public static Citation For(KnowledgeEntry entry, int n = 1) =>
        new(n, entry.Id, entry.Title, entry.QuestionEn, entry.Sources.FirstOrDefault() ?? entry.File);
}
