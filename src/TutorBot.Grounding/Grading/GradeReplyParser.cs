using System.Text.Json;
using TutorBot.Core.Interview.Grading;

namespace TutorBot.Grounding.Grading;

/// <summary>
/// Reads and validates the LLM's grading JSON: an object with <c>points</c> (exactly one item per key point,
/// <c>n</c> 1..N each once, <c>status</c> covered/partial/missing, optional <c>note</c>), optional <c>mistakes</c> (the
/// 1-based numbers of the entry's common mistakes the answer asserts), a numeric <c>score</c>
/// from 0 to 10 and a <c>feedback</c> string. A reply wrapped in a Markdown code fence or surrounded by text is
/// accepted when one JSON object can be cut out of it. Anything else is invalid (null).
/// </summary>
internal static class GradeReplyParser
{
    public static (IReadOnlyList<KeyPointGrade> Points, double Score, string? Feedback, IReadOnlyList<int> Mistakes)? Parse(
        string reply, IReadOnlyList<KeyPoint> keyPoints, int mistakeCount)
    {
        var start = reply.IndexOf('{');
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(reply[start..(end + 1)]);
            var root = doc.RootElement;
            if (!root.TryGetProperty("points", out var items) || items.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("score", out var scoreElement) || !scoreElement.TryGetDouble(out var score)
                || score is < 0 or > 10 || double.IsNaN(score))
            {
                return null;
            }

            var grades = new KeyPointGrade?[keyPoints.Count];
            foreach (var item in items.EnumerateArray())
            {
                if (!item.TryGetProperty("n", out var n) || !n.TryGetInt32(out var number) || number < 1 || number > keyPoints.Count
                    || grades[number - 1] is not null || !item.TryGetProperty("status", out var status))
                {
                    return null;
                }

                KeyPointCoverage? coverage = status.GetString()?.Trim().ToLowerInvariant() switch
                {
                    "covered" => KeyPointCoverage.Covered,
                    "partial" => KeyPointCoverage.Partial,
                    "missing" => KeyPointCoverage.Missing,
                    _ => null,
                };
                if (coverage is null)
                {
                    return null;
                }

                var note = item.TryGetProperty("note", out var noteElement) && noteElement.ValueKind == JsonValueKind.String ? noteElement.GetString() : null;
                var share = coverage switch { KeyPointCoverage.Covered => 1, KeyPointCoverage.Partial => 0.5, _ => 0.0 };
                grades[number - 1] = new KeyPointGrade(keyPoints[number - 1], coverage.Value, share, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
            }

            if (grades.Any(g => g is null))
            {
                return null;
            }

            var mistakes = new List<int>();
            if (root.TryGetProperty("mistakes", out var stated) && stated.ValueKind == JsonValueKind.Array)
            {
                foreach (var m in stated.EnumerateArray())
                {
                    if (!m.TryGetInt32(out var index) || index < 1 || index > mistakeCount)
                    {
                        return null;
                    }

                    mistakes.Add(index - 1);
                }
            }

            var feedback = root.TryGetProperty("feedback", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()?.Trim() : null;
            return (grades.Select(g => g!).ToList(), Math.Round(score, 1), string.IsNullOrWhiteSpace(feedback) ? null : feedback, mistakes.Distinct().ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
