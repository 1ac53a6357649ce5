using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    private static string SeedPage() =>
        Path.Combine(CliRunner.RepoRoot(), "knowledge", "_sources", "llm-interview-page.txt");

    [Fact]
    public async Task ImportsTheSeedPageAsFifteenDraftFiles()
    {
        var folder = Path.Combine(_cli.Home, "out");

        var (code, output, error) = await _cli.RunAsync(null, "import", SeedPage(), "--pack", "llm-interview", "--out", folder);

        Assert.True(code == 0, error);
        var drafts = Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(15, drafts.Count);
        Assert.Equal(Enumerable.Range(1, 15).Select(n => $"q{n:00}"), drafts.Select(n => n![..3]));
        Assert.True(File.Exists(Path.Combine(folder, "_page-llm-interview-page.md")));
        foreach (var draft in drafts)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(folder, draft!));
            Assert.Contains("\nstatus: draft\n", text, StringComparison.Ordinal);
            Assert.Contains("  - http://www.yayakq.cn/news/936609/\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("网站", text, StringComparison.Ordinal);
            Assert.Contains($"wrote out/{draft}", output, StringComparison.Ordinal);
        }

        Assert.Contains("Imported 15 questions", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesToTheParkedDraftsFolderByDefaultSoValidateStillPasses()
    {
        var (code, output, _) = await _cli.RunAsync(null, "import", SeedPage(), "--pack", "llm-interview");
        var (validateCode, validateOutput, _) = await _cli.RunAsync(null, "validate");

        Assert.Equal(0, code);
        Assert.Contains("wrote knowledge/_drafts/llm-interview/q01-bert.md", output, StringComparison.Ordinal);
        Assert.Equal(16, Directory.GetFiles(Path.Combine(_cli.Home, "knowledge", "_drafts", "llm-interview")).Length);
        Assert.Equal(0, validateCode);
        Assert.Matches(@"^OK: \d+ entries in 17 pack\(s\), no problems\.", validateOutput);
    }

    [Fact]
    public async Task KeepsExistingDraftsUnlessForced()
    {
        var folder = Path.Combine(_cli.Home, "out");
        await _cli.RunAsync(null, "import", SeedPage(), "--pack", "llm-interview", "--out", folder);
        var q01 = Path.Combine(folder, "q01-bert.md");
        await File.WriteAllTextAsync(q01, "reviewed by hand");

        var (keptCode, keptOutput, _) = await _cli.RunAsync(null, "import", SeedPage(), "--pack", "llm-interview", "--out", folder);
        var kept = await File.ReadAllTextAsync(q01);
        var (forcedCode, _, _) = await _cli.RunAsync(null, "import", SeedPage(), "--pack", "llm-interview", "--out", folder, "--force");

        Assert.Equal(0, keptCode);
        Assert.Contains("kept  out/q01-bert.md", keptOutput, StringComparison.Ordinal);
        Assert.Contains("0 file(s) written, 16 kept", keptOutput, StringComparison.Ordinal);
        Assert.Equal("reviewed by hand", kept);
        Assert.Equal(0, forcedCode);
        Assert.StartsWith("---\n", await File.ReadAllTextAsync(q01), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitsWithOneOnAPageWithoutNumberedQuestions()
    {
        var page = Path.Combine(_cli.Home, "plain.txt");
        await File.WriteAllTextAsync(page, "Just a paragraph about attention.\n");

        var (code, _, error) = await _cli.RunAsync(null, "import", page, "--pack", "llm-interview", "--out", Path.Combine(_cli.Home, "out"));

        Assert.Equal(1, code);
        Assert.Contains("no numbered questions found", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_cli.Home, "out")));
    }

    [Theory]
    [InlineData("--pack", "Bad Pack")]
    [InlineData("--pack", "llm-interview", "--source", "not-a-url")]
    public async Task ExitsWithOneOnBadArguments(params string[] options)
    {
        var (code, _, error) = await _cli.RunAsync(null, ["import", SeedPage(), .. options]);

        Assert.Equal(1, code);
        Assert.Contains("error", error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _cli.Dispose();
}
