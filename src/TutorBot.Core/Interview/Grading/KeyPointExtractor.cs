using System.Text.RegularExpressions;

namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// Cuts a reference answer into the key points a good answer should make, keeping the knowledge base's own
/// words. Rules, in order: every non-empty line is a candidate (list markers such as <c>- </c>, <c>1. </c>,
/// <c>a. </c> removed); a long line is cut into sentences at 。；;！？!; short headings ending in a colon (问题描述:, 解决方法:,
/// 其核心步骤包括:) are dropped, as lines or as sentences; and when the whole answer is one sentence, it is cut into clauses at commas, so
/// "为了捕捉…,每个头关注…,增强…" grades as three points. Fragments too short to stand alone join their neighbour.
/// </summary>
public static partial class KeyPointExtractor
{
    private const int HeadingMaxChars = 12;
    private const int LongLineChars = 60;
    private const int MinPointChars = 6;

    /// <summary>The key points of <paramref name="answer"/>, in order; empty only for an empty answer.</summary>
    public static IReadOnlyList<KeyPoint> Extract(string answer)
    {
        var lines = answer.Replace("\r\n", "\n").Split('\n')
            .Select(l => ListMarker().Replace(l.Trim(), ""))
            .Where(l => l.Length > 0 && !IsHeading(l))
            .ToList();
        var pieces = lines.SelectMany(l => l.Length > LongLineChars ? Split(l, SentenceEnd()) : [l]).Where(p => !IsHeading(p)).ToList();
        if (pieces.Count == 1)
        {
            pieces = Split(pieces[0], ClauseEnd());
        }

        return Merge(pieces).Select((text, i) => new KeyPoint(i, text)).ToList();
    }

    private static bool IsHeading(string line) =>
        line.Length <= HeadingMaxChars && (line.EndsWith(':') || line.EndsWith('：'));

    private static List<string> Split(string text, Regex boundary) =>
        boundary.Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    // A fragment shorter than a few characters ("稳定训练。" is fine; "b." is not) joins the previous point.
    private static List<string> Merge(List<string> pieces)
    {
        var merged = new List<string>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && (piece.Length < MinPointChars || merged[^1].Length < MinPointChars))
            {
                merged[^1] = merged[^1] + " " + piece;
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    [GeneratedRegex(@"^(?:[-*•]\s+|\d{1,2}[.、)]\s*|[a-zA-Z][.)]\s+)")]
    private static partial Regex ListMarker();

    // Keeps the sentence mark with its sentence.
    [GeneratedRegex(@"(?<=[。；;！？!?])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[,，。；;])")]
    private static partial Regex ClauseEnd();
}
