using System.Text.Json;

namespace TutorBot.Core.Evaluation;

/// <summary>
/// Reads a labelled query set in JSON Lines: one object per line, <c>{"q": "...", "expect": ["q05"]}</c>.
/// Blank lines and lines starting with '#' are skipped. A bad line throws <see cref="FormatException"/> naming its number.
/// </summary>
public static class EvalSetReader
{
    public static async Task<IReadOnlyList<EvalCase>> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var cases = new List<EvalCase>();
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            cases.Add(Parse(line, number));
        }

        return cases;
    }

    private static EvalCase Parse(string line, int number)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var query = root.GetProperty("q").GetString();
            if (string.IsNullOrWhiteSpace(query))
            {
                throw new FormatException($"line {number}: \"q\" is empty");
            }

            var expect = root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                : throw new FormatException($"line {number}: \"expect\" must be an array of entry ids");
            return new EvalCase(query, expect);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"line {number}: {ex.Message}", ex);
        }
    }
}
