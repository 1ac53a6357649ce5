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
        var summary = System.Text.RegularExpressions.Regex.Match(output.Trim(), @"^OK: (\d+) entries in 17 pack\(s\), no problems\.$");
        Assert.True(summary.Success, output);
        Assert.True(int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 165, output);
        Assert.Equal("", error.Trim());
    }

    [Fact]
    public async Task ExitsWithOneAndListsEveryProblemAsFileLineMessage()
    {
        var pack = Path.Combine(_cli.Home, "knowledge", "llm-interview");
        await File.WriteAllTextAsync(Path.Combine(pack, "q97-no-curriculum.md"), "---\nid: q97\nquestion: What is y?\ntopic: cooking\n---\n\nAnswer.\n");
        await File.WriteAllTextAsync(Path.Combine(pack, "q98-broken.md"), "---\nid: q98\nquestoin: x\nstatus: draft\n---\n\nAnswer.\n");
        await File.WriteAllTextAsync(Path.Combine(pack, "q99-duplicate.md"), "---\nid: q01\nquestion: What is x?\nstatus: draft\n---\n\n");

        var (code, output, error) = await _cli.RunAsync(null, "validate");

        Assert.Equal(1, code);
        Assert.Equal("", output.Trim());
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            "knowledge/llm-interview/q97-no-curriculum.md:1: missing field 'answer_en': a reviewed entry needs the English answer (answer_en: | followed by the answer, indented)",
            "knowledge/llm-interview/q97-no-curriculum.md:1: missing field 'key_points': a reviewed entry needs 2 to 6 key points in both languages",
            "knowledge/llm-interview/q97-no-curriculum.md:1: missing field 'difficulty': a reviewed entry needs 1, 2 or 3",
            "knowledge/llm-interview/q97-no-curriculum.md:4: unknown topic 'cooking' (known: transformer, attention, positional-encoding, tokenization, pretraining, fine-tuning, alignment, decoding, inference, distributed-training, optimization, rag-agents, evaluation, hallucination-safety, moe, multimodal)",
            "knowledge/llm-interview/q98-broken.md:1: missing field 'question'",
            "knowledge/llm-interview/q98-broken.md:3: unknown field 'questoin' (did you mean 'question'?)",
            "knowledge/llm-interview/q99-duplicate.md:5: the answer is empty: write it below the closing '---' line",
        ], lines.Take(7));
        Assert.Equal("7 problem(s) in 3 file(s).", lines[7]);
        Assert.Equal(8, lines.Length);
    }

    [Fact]
    public async Task ReportsADuplicateIdAtItsLine()
    {
        var pack = Path.Combine(_cli.Home, "knowledge", "llm-interview");
        await File.WriteAllTextAsync(Path.Combine(pack, "q99-duplicate.md"), "---\nid: q01\nquestion: What is x?\nstatus: draft\n---\n\nAnswer.\n");

        var (code, _, error) = await _cli.RunAsync(null, "validate");

        Assert.Equal(1, code);
        Assert.Contains("knowledge/llm-interview/q99-duplicate.md:2: duplicate id 'q01': llm-interview/q01-bert-multi-head-attention.md:3 already uses it",
            error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
