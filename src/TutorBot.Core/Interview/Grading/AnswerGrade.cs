using System.Text.Json.Serialization;
using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// An answer graded against one entry's reference answer. <paramref name="Score"/> runs from 0 (nothing of the
/// reference, empty or off-topic) to 10 (every key point made), one decimal. <paramref name="Points"/> holds one
/// verdict per key point, in the reference's order; <see cref="Strengths"/> and <see cref="Missing"/> are views
/// of it. <paramref name="Citation"/> names the entry the reference text comes from. <paramref name="Grader"/> says
/// which grader decided (<see cref="AnswerGraders.KeyPointCoverage"/> or <see cref="AnswerGraders.Llm"/>), and
/// <paramref name="Feedback"/> is the LLM grader's overall remark (null for the coverage grader).
/// </summary>
public sealed record AnswerGrade(
    string EntryId,
    double Score,
    IReadOnlyList<KeyPointGrade> Points,
    Citation Citation,
    string Grader,
    string? Feedback = null)
{
    /// <summary>Maximum score.</summary>
    public const double MaxScore = 10;

    /// <summary>The entry's common mistakes the answer states, each of which cost it credit; empty when none.</summary>
    public IReadOnlyList<CommonMistake> MistakesStated { get; init; } = [];

    /// <summary>True when the answer was empty or not about the question at all (score 0 whatever the points say).</summary>
    public bool OffTopic { get; init; }

    /// <summary>The key points the answer made, fully or partly.</summary>
    [JsonIgnore]
    public IReadOnlyList<KeyPointGrade> Strengths => Points.Where(p => p.Coverage != KeyPointCoverage.Missing).ToList();

    /// <summary>The key points the answer missed or only touched, with their reference text.</summary>
    [JsonIgnore]
    public IReadOnlyList<KeyPointGrade> Missing => Points.Where(p => p.Coverage != KeyPointCoverage.Covered).ToList();

    /// <summary>A zero grade for an empty or off-topic answer: every point missing.</summary>
    public static AnswerGrade Zero(string entryId, IReadOnlyList<KeyPoint> points, Citation citation, string grader) =>
        new(entryId, 0, points.Select(p => new KeyPointGrade(p, KeyPointCoverage.Missing, 0)).ToList(), citation, grader) { OffTopic = true };
}
