using System.Text.RegularExpressions;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The repository's knowledge entries as a test reads them: which entry a question message asks (questions
/// carry no entry id, by design), and its reference answer, which makes a well-graded answer.
/// </summary>
internal static partial class KnowledgeAnswers
{
    private static readonly IReadOnlyList<(string Id, string Question, string Answer)> Entries = Load();

    /// <summary>The entry whose question appears in <paramref name="questionMessage"/>.</summary>
    public static (string Id, string Answer) AskedIn(string? questionMessage)
    {
        var entry = Entries.Where(e => questionMessage?.Contains(e.Question, StringComparison.Ordinal) == true)
            .OrderByDescending(e => e.Question.Length).FirstOrDefault();
        Assert.True(entry.Id is not null, $"No knowledge entry is asked in: {questionMessage}");
        return (entry.Id, entry.Answer);
    }

    private static List<(string, string, string)> Load() => Directory
        .EnumerateDirectories(RepoPaths.Knowledge)
        .Where(pack => !Path.GetFileName(pack).StartsWith('_'))
        .SelectMany(pack => Directory.EnumerateFiles(pack, "*.md"))
        .Select(File.ReadAllText)
        .Select(text => FrontMatter().Match(text))
        .Where(m => m.Success)
        .Select(m => (Field(m.Groups["head"].Value, "id"), Field(m.Groups["head"].Value, "question"), m.Groups["body"].Value.Replace("<!-- addition -->", "", StringComparison.Ordinal).Trim()))
        .ToList();

    private static string Field(string head, string name) =>
        Regex.Match(head, $"^{name}:\\s*\"?(?<v>.*?)\"?\\s*$", RegexOptions.Multiline).Groups["v"].Value;

    [GeneratedRegex(@"^---\s*\n(?<head>.*?)\n---\s*\n(?<body>.*)$", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();
}
