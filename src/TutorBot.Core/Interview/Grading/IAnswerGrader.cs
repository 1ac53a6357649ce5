using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// Grades a user's answer against a knowledge entry's reference answer, split into key points by
/// <see cref="KeyPointExtractor"/>. Never throws for bad input or LLM faults: an empty or off-topic answer is a
/// grade of 0, and an LLM grader falls back to the no-LLM one. Safe to call from many threads.
/// </summary>
public interface IAnswerGrader
{
    /// <summary>Grades <paramref name="answer"/> (any language) against <paramref name="entry"/>.</summary>
    Task<AnswerGrade> GradeAsync(KnowledgeEntry entry, string answer, CancellationToken cancellationToken);
}
