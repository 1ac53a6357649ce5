using System.Text.RegularExpressions;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

/// <summary><c>tutorbot export</c> through the real program, after interviews taken through the real program.</summary>
public sealed partial class ExportCommandTests : IDisposable
{
    private const string Answer = "The dot products grow with the dimension, softmax saturates and gradients vanish, so we scale them down to keep training stable.";
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task AfterAnInterviewWithWrongAnswersTheExportHoldsExactlyTheWeakEntriesAndReExportKeepsTheGuids()
    {
        var (code, interview, error) = await _cli.RunAsync(
            $"{Answer}\nit makes the model bigger\nno idea, maybe more layers\n", "interview", "--topic", "attention", "--count", "3", "--user", "learner");
        Assert.True(code == 0, error);
        var scores = SummaryLine().Matches(interview).ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value));
        Assert.Equal(3, scores.Count);
        var weak = scores.Where(s => s.Value < 7).Select(s => "tutorbot-" + s.Key).Order().ToList();
        Assert.NotEmpty(weak);

        (code, var output, error) = await _cli.RunAsync(null, "export", "--user", "learner", "--format", "anki");

        Assert.True(code == 0, error);
        var file = Path.Combine(_cli.Home, "tutorbot-anki-en.txt");
        Assert.Contains($"Wrote {weak.Count} note(s) to {file}", output);
        Assert.Contains("File → Import", output);
        Assert.Equal(weak, Guids(file).Order());
        Assert.StartsWith("#separator:tab\n#html:true\n", File.ReadAllText(file));

        (code, _, error) = await _cli.RunAsync(null, "export", "--user", "learner", "--format", "anki", "--out", "again.txt");

        Assert.True(code == 0, error);
        Assert.Equal(Guids(file).Order(), Guids(Path.Combine(_cli.Home, "again.txt")).Order());
    }

    [Fact]
    public async Task ATopicExportHasExactlyTheTopicsEntriesInTheChosenLanguage()
    {
        var expected = Directory.GetFiles(Path.Combine(_cli.Home, "knowledge"), "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Contains("topic: rag-agents"))
            .Select(f => "tutorbot-" + IdLine().Match(File.ReadAllText(f)).Groups[1].Value)
            .Order()
            .ToList();

        var (code, output, error) = await _cli.RunAsync(null, "export", "--topic", "rag-agents", "--lang", "zh", "--user", "nobody-yet");

        Assert.True(code == 0, error);
        var file = Path.Combine(_cli.Home, "tutorbot-anki-rag-agents-zh.txt");
        Assert.Contains($"Wrote {expected.Count} note(s) to {file}", output);
        Assert.Contains($"的全部 {expected.Count} 道题已导出为 Anki 文件", output);
        Assert.Equal(11, expected.Count);
        Assert.Equal(expected, Guids(file).Order());
        Assert.Contains("什么是 RAG？", File.ReadAllText(file));
    }

    [Fact]
    public async Task ALearnerWithNothingToStudyGetsNoFileButATopicSuggestion()
    {
        var (code, output, _) = await _cli.RunAsync(null, "export", "--user", "newcomer");

        Assert.Equal(1, code);
        Assert.Contains("Nothing to study yet", output);
        Assert.Contains("tutorbot export --topic attention", output);
        Assert.Contains("rag-agents: ", output);
        Assert.Empty(Directory.GetFiles(_cli.Home, "tutorbot-anki-*"));
    }

    [Fact]
    public async Task AnotherFormatOrAnUnknownTopicIsAUserError()
    {
        var (code, _, error) = await _cli.RunAsync(null, "export", "--format", "csv", "--user", "someone");
        Assert.Equal(1, code);
        Assert.Contains("--format must be anki", error);

        (code, var output, _) = await _cli.RunAsync(null, "export", "--topic", "guitar", "--user", "someone");
        Assert.Equal(1, code);
        Assert.Contains("The knowledge base has no topic \"guitar\".", output);
        Assert.Contains("Topics you can export:", output);
        Assert.Empty(Directory.GetFiles(_cli.Home, "tutorbot-anki-*"));
    }

    public void Dispose() => _cli.Dispose();

    private static IEnumerable<string> Guids(string file) =>
        File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]);

    [GeneratedRegex(@"^\s+\d+\. .+ \(([a-z]+\d\d)\): ([\d.]+)/10", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^id: (\S+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
