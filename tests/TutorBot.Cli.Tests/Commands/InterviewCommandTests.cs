using System.Text.RegularExpressions;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed partial class InterviewCommandTests : IDisposable
{
    private const string Answer = "The dot products grow with the dimension, softmax saturates and gradients vanish, so we scale them down to keep training stable.";
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task RunsAPipedInterviewWithHintSkipAndStopAndEndsWithASummary()
    {
        var (code, output, error) = await _cli.RunAsync($"hint\n{Answer}\nskip\nstop\n", "interview", "--topic", "attention", "--count", "3", "--user", "tester");

        Assert.True(code == 0, error);
        Assert.Contains("Question 1 of 3:", output);
        Assert.Contains("Hint (costs 2 points):", output);
        Assert.Contains("(1 hint(s) taken, -2)", output);
        Assert.Contains("Skipped: 0 points.", output);
        Assert.Contains("Interview stopped. Summary:", output);
        Assert.Matches(@"Total: [\d.]+/20", output);
        Assert.Contains("(skipped)", output);
        Assert.Contains("Study list (knowledge base entries to read):", output);
        Assert.Matches(@"\[1\] .+ \([a-z]+\d\d\) http", output);
        Assert.True(File.Exists(Path.Combine(_cli.Home, "data", "state.db")));
    }

    [Fact]
    public async Task ADamagedStateDatabaseIsASystemErrorNamingTheCauseAndTheFileIsLeftAlone()
    {
        var database = Path.Combine(_cli.Home, "data", "state.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 13 % 241)).ToArray();
        await File.WriteAllBytesAsync(database, garbage);

        var (code, _, error) = await _cli.RunAsync($"{Answer}\n", "interview", "--topic", "attention", "--user", "tester");

        Assert.Equal(2, code);
        Assert.Contains("error: the state store cannot be used: SQLite state database", error);
        Assert.Contains("the database file is damaged", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database));
    }

    [Fact]
    public async Task ContinuesAfterTheProcessEndsAndTheSummaryKeepsTheEarlierAnswer()
    {
        var (code, first, error) = await _cli.RunAsync($"{Answer}\n", "interview", "--topic", "attention", "--count", "2", "--user", "restart");
        Assert.True(code == 0, error);
        Assert.Contains("Progress saved; run interview again to continue.", first);
        var firstId = ReferenceId().Match(first).Groups[1].Value;
        var firstScore = ScoreLine().Match(first).Groups[1].Value;
        var secondQuestion = QuestionTwo().Match(first).Groups[1].Value.Trim();

        (code, var second, error) = await _cli.RunAsync("yes\n模型会更稳定\n", "interview", "--user", "restart");

        Assert.True(code == 0, error);
        Assert.Contains("Continue where you left off? (yes/no)", second);
        Assert.Contains($"Question 2 of 2:\n  {secondQuestion}", second.Replace("\r\n", "\n"));
        Assert.Contains("Interview complete. Summary:", second);
        Assert.Matches($@"1\. .+ \({firstId}\): {Regex.Escape(firstScore)}/10", second);
        Assert.Matches(@"2\. .+ \([a-z]+\d\d\): [\d.]+/10", second);
    }

    [Fact]
    public async Task WhyAfterFeedbackExplainsTheMissedPointsWithoutGradingIt()
    {
        var (code, output, error) = await _cli.RunAsync("softmax saturates\nwhy?\nstop\n", "interview", "--topic", "attention", "--count", "2", "--user", "why");

        Assert.True(code == 0, error);
        Assert.Contains("What your last answer (", output);
        Assert.Matches(@"What your last answer \(.+\) missed, and why it matters:\n  - .+ \[1\]", output.Replace("\r\n", "\n"));
        Assert.Equal(2, Regex.Matches(output, "Question 2 of 2:").Count);
        Assert.Matches(@"1\. .+: [\d.]+/10", output);
        Assert.DoesNotMatch(@"2\. .+: [\d.]+/10", output);
    }

    [Fact]
    public async Task KeepsUsersApartAndSpeaksChineseWhenAsked()
    {
        await _cli.RunAsync($"{Answer}\n", "interview", "--count", "2", "--user", "alice");

        var (code, output, error) = await _cli.RunAsync("结束\n", "interview", "--count", "2", "--user", "bob", "--lang", "zh");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("未完成的面试", output);
        Assert.Contains("第 1/2 题：", output);
        Assert.Contains("面试已结束（提前停止）。总结：", output);
        Assert.Contains("还没有回答任何题目。", output);
    }

    [Fact]
    public async Task RejectsATopicWithNoQuestions()
    {
        var (code, output, _) = await _cli.RunAsync("", "interview", "--topic", "guitar", "--user", "nobody");

        Assert.Equal(1, code);
        Assert.Contains("The knowledge base has no questions on \"guitar\"", output);
    }

    [Fact]
    public async Task GradeEvalReportsAgreementOnTheLabelledSet()
    {
        var labels = Path.Combine(CliRunner.RepoRoot(), "tests", "eval", "grading", "holdout");

        var (code, output, error) = await _cli.RunAsync(null, "grade-eval", "--file", labels);

        Assert.True(code == 0, error);
        Assert.Matches(@"agreement with labels: 0\.\d{3} \(160 answers", output);
        Assert.Matches(@"common mistakes recognised: 0\.\d{3} of the answers labelled with one", output);
        Assert.Contains("off-topic and empty answers: all 0", output);
    }

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"Reference:\s*\n\s*\[1\] .+ \(([a-z]+\d\d)\)")]
    private static partial Regex ReferenceId();

    [GeneratedRegex(@"Score: ([\d.]+)/10")]
    private static partial Regex ScoreLine();

    [GeneratedRegex(@"Question 2 of 2:\s*\n(.+)\n")]
    private static partial Regex QuestionTwo();
}
