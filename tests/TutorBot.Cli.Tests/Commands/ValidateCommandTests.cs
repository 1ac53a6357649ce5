using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task ExitsWithZeroAndASummaryOnTheRealKnowledgeBase()
    {
        var (code, output, error) = await _cli.RunAsync(null, "validate");

        Assert.True(code == 0, error);
        Assert.Equal("OK: 15 entries in 1 pack(s), no problems.", output.Trim());
        Assert.Equal("", error.Trim());
    }

    [Fact]
    public async Task ExitsWithOneAndListsEveryProblemAsFileLineMessage()
    {
        var pack = Path.Combine(_cli.Home, "knowledge", "llm-interview");
        await File.WriteAllTextAsync(Path.Combine(pack, "q98-broken.md"), "---\nid: q98\nquestoin: x\n---\n\nAnswer.\n");
        await File.WriteAllTextAsync(Path.Combine(pack, "q99-duplicate.md"), "---\nid: q01\nquestion: What is x?\n---\n\n");

        var (code, output, error) = await _cli.RunAsync(null, "validate");

        Assert.Equal(1, code);
        Assert.Equal("", output.Trim());
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "knowledge/llm-interview/q98-broken.md:1: missing field 'question'",
            "knowledge/llm-interview/q98-broken.md:3: unknown field 'questoin' (did you mean 'question'?)",
            "knowledge/llm-interview/q99-duplicate.md:4: the answer is empty: write it below the closing '---' line",
        ], lines.Take(3));
        Assert.Equal("3 problem(s) in 2 file(s).", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task ReportsADuplicateIdAtItsLine()
    {
        var pack = Path.Combine(_cli.Home, "knowledge", "llm-interview");
        await File.WriteAllTextAsync(Path.Combine(pack, "q99-duplicate.md"), "---\nid: q01\nquestion: What is x?\n---\n\nAnswer.\n");

        var (code, _, error) = await _cli.RunAsync(null, "validate");

        Assert.Equal(1, code);
        Assert.Contains("knowledge/llm-interview/q99-duplicate.md:2: duplicate id 'q01': llm-interview/q01-bert-multi-head-attention.md:2 already uses it",
            error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
