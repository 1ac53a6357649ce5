using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Evaluation;

/// <summary>Grades every labelled answer with an <see cref="IAnswerGrader"/> and measures the agreement (see <see cref="GraderEvalReport"/>).</summary>
public static class GraderEvaluator
{
    /// <summary>Grades <paramref name="cases"/>; a case naming an entry not in <paramref name="entries"/> throws <see cref="FormatException"/>.</summary>
    public static async Task<GraderEvalReport> EvaluateAsync(IAnswerGrader grader, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<GraderEvalCase> cases, CancellationToken cancellationToken)
    {
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var results = new List<(GraderEvalCase, double)>();
        int mistakesStated = 0, mistakesFound = 0, falseAlarms = 0, withoutMistake = 0;
        foreach (var c in cases)
        {
            var entry = byId.GetValueOrDefault(c.EntryId) ?? throw new FormatException($"line {c.Line}: no entry \"{c.EntryId}\" in the knowledge base");
            if (c.Mistake is { } m && (m < 0 || m >= entry.Mistakes.Count))
            {
                throw new FormatException($"line {c.Line}: entry \"{c.EntryId}\" has no mistake {m} (it has {entry.Mistakes.Count})");
            }

            var grade = await grader.GradeAsync(entry, c.Answer, cancellationToken);
            results.Add((c, grade.Score));
            if (c.Mistake is { } index)
            {
                mistakesStated++;
                mistakesFound += grade.MistakesStated.Contains(entry.Mistakes[index]) ? 1 : 0;
            }
            else if (entry.Mistakes.Count > 0)
            {
                withoutMistake++;
                falseAlarms += grade.MistakesStated.Count > 0 ? 1 : 0;
            }
        }

        return Report(results) with
        {
            MistakeRecall = mistakesStated == 0 ? null : mistakesFound / (double)mistakesStated,
            MistakeFalseAlarms = withoutMistake == 0 ? null : falseAlarms / (double)withoutMistake,
        };
    }

    /// <summary>Whether <paramref name="score"/> lies in the band of <paramref name="label"/>.</summary>
    public static bool InBand(GraderLabel label, double score) => label switch
    {
        GraderLabel.Excellent => score >= 7,
        GraderLabel.Partial => score is >= 3 and < 7,
        GraderLabel.Wrong => score < 3,
        _ => score == 0,
    };

    private static GraderEvalReport Report(List<(GraderEvalCase Case, double Score)> results)
    {
        var agreement = results.Count == 0 ? 0 : results.Count(r => InBand(r.Case.Label, r.Score)) / (double)results.Count;
        var violations = new List<string>();
        int pairs = 0, ordered = 0;
        foreach (var question in results.GroupBy(r => r.Case.EntryId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var graded = question.Where(r => r.Case.Label is GraderLabel.Excellent or GraderLabel.Partial or GraderLabel.Wrong).ToList();
            foreach (var a in graded)
            {
                foreach (var b in graded.Where(b => b.Case.Label < a.Case.Label))
                {
                    pairs++;
                    ordered += a.Score > b.Score ? 1 : 0;
                }
            }

            Check(question.Key, graded, GraderLabel.Excellent, GraderLabel.Partial, violations);
            Check(question.Key, graded, GraderLabel.Partial, GraderLabel.Wrong, violations);
        }

        var zero = results.Where(r => r.Case.Label is GraderLabel.OffTopic or GraderLabel.Empty && r.Score > 0).Select(r => r.Case).ToList();
        return new GraderEvalReport(results, agreement, pairs == 0 ? 1 : ordered / (double)pairs, violations, zero);
    }

    private static void Check(string id, List<(GraderEvalCase Case, double Score)> graded, GraderLabel higher, GraderLabel lower, List<string> violations)
    {
        var high = graded.Where(r => r.Case.Label == higher).Select(r => r.Score).DefaultIfEmpty(double.NaN).Min();
        var low = graded.Where(r => r.Case.Label == lower).Select(r => r.Score).DefaultIfEmpty(double.NaN).Max();
        if (!double.IsNaN(high) && !double.IsNaN(low) && high <= low)
        {
            violations.Add($"{id}: {higher} {high:0.#} <= {lower} {low:0.#}");
        }
    }
}
