using System.Text.Json;

namespace TutorBot.Core.Evaluation;

/// <summary>
/// Reads labelled answers in JSON Lines: <c>{"id": "q13", "label": "excellent", "answer": "..."}</c>, labels
/// <c>excellent</c>, <c>partial</c>, <c>wrong</c>, <c>off-topic</c>, <c>empty</c>; an optional <c>"mistake": 0</c> names the
/// entry's common mistake (0-based) that the answer states. Blank lines and lines starting
/// with '#' are skipped; a bad line throws <see cref="FormatException"/> naming its number.
/// </summary>
public static class GraderLabelReader
{
    public static async Task<IReadOnlyList<GraderEvalCase>> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var cases = new List<GraderEvalCase>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var id = root.GetProperty("id").GetString();
                var label = ParseLabel(root.GetProperty("label").GetString(), number);
                var answer = root.TryGetProperty("answer", out var a) ? a.GetString() ?? "" : "";
                int? mistake = root.TryGetProperty("mistake", out var m) ? m.GetInt32() : null;
                cases.Add(string.IsNullOrWhiteSpace(id)
                    ? throw new FormatException($"line {number}: \"id\" is empty")
                    : new GraderEvalCase(id, label, answer, number) { Mistake = mistake });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"line {number}: expected {{\"id\": \"q01\", \"label\": \"excellent\", \"answer\": \"...\"}} ({ex.Message})", ex);
            }
        }

        return cases;
    }

    private static GraderLabel ParseLabel(string? label, int number) => label?.Trim().ToLowerInvariant() switch
    {
        "excellent" => GraderLabel.Excellent,
        "partial" => GraderLabel.Partial,
        "wrong" => GraderLabel.Wrong,
        "off-topic" or "offtopic" => GraderLabel.OffTopic,
        "empty" => GraderLabel.Empty,
        _ => throw new FormatException($"line {number}: unknown label \"{label}\" (excellent, partial, wrong, off-topic, empty)"),
    };
}
