using Microsoft.Extensions.Logging;
using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;
using TutorBot.Grounding.Llm;

namespace TutorBot.Grounding.Grading;

/// <summary>
/// Grades with the LLM and the rubric in <c>Prompts/grade.txt</c>. The reply must be valid grading JSON
/// (<see cref="GradeReplyParser"/>); an invalid reply is asked for once more, and a second invalid reply or any
/// LLM failure hands the answer to the no-LLM <paramref name="fallback"/> grader. An empty answer scores 0
/// without calling the LLM; a reply marking every point missing scores 0.
/// </summary>
internal sealed class SemanticKernelAnswerGrader(LlmCall call, IAnswerGrader fallback, ILogger<SemanticKernelAnswerGrader> logger) : IAnswerGrader
{
    private const int MaxReplyTokens = 600;
    private const int Attempts = 2;

    public async Task<AnswerGrade> GradeAsync(KnowledgeEntry entry, string answer, CancellationToken cancellationToken)
    {
        var points = EntryKeyPoints.For(entry, LanguageDetector.Detect(answer));
        if (string.IsNullOrWhiteSpace(answer) || points.Count == 0)
        {
            return AnswerGrade.Zero(entry.Id, points, Citation.Of(entry), AnswerGraders.Llm);
        }

        var (system, user) = GradePromptBuilder.Build(entry, points, answer, LanguageDetector.Detect(answer));
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            string reply;
            try
            {
                reply = await call.CompleteAsync(system, user, MaxReplyTokens, cancellationToken);
            }
            catch (AnswerGenerationException ex)
            {
                logger.LogWarning("LLM grading failed ({Error}); using the key-point coverage grader", ex.Message);
                return await fallback.GradeAsync(entry, answer, cancellationToken);
            }

            if (GradeReplyParser.Parse(reply, points, entry.Mistakes.Count) is { } parsed)
            {
                var offTopic = parsed.Points.All(p => p.Coverage == KeyPointCoverage.Missing);
                return new AnswerGrade(entry.Id, offTopic ? 0 : parsed.Score, parsed.Points, Citation.Of(entry), AnswerGraders.Llm, parsed.Feedback)
                {
                    OffTopic = offTopic,
                    MistakesStated = parsed.Mistakes.Select(i => entry.Mistakes[i]).ToList(),
                };
            }

            logger.LogWarning("The LLM's grade for {EntryId} is not valid grading JSON (attempt {Attempt} of {Attempts})", entry.Id, attempt, Attempts);
        }

        return await fallback.GradeAsync(entry, answer, cancellationToken);
    }
}
