namespace TutorBot.Core.Feedback;

/// <summary>
/// A file of votes as JSON lines (<see cref="FeedbackJsonLines"/>): what <c>tutorbot feedback</c> exports and what older
/// versions appended to <c>feedback.jsonl</c> on each host's disk. Blank lines are skipped; a line that is not a
/// vote is reported as <c>file:line: message</c> and the others are still read.
/// </summary>
public static class FeedbackFile
{
    /// <summary>The votes of the file at <paramref name="path"/> and its problems; a missing file throws <see cref="FileNotFoundException"/>.</summary>
    public static async Task<FeedbackFileContents> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var records = new List<FeedbackRecord>();
        var problems = new List<string>();
        var number = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (FeedbackJsonLines.Parse(line, out var problem) is { } record)
            {
                records.Add(record);
            }
            else
            {
                problems.Add($"{path}:{number}: {problem}");
            }
        }

        return new FeedbackFileContents(records, problems);
    }
}
