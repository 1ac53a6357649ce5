using System.Text.Json;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task PrintsOneJsonObjectWithTheBestHitFirst()
    {
        var (code, output, _) = await _cli.RunAsync(null, "search", "Why divide attention scores by sqrt(d)?", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal("Why divide attention scores by sqrt(d)?", json.RootElement.GetProperty("query").GetString());
        var first = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("q13", first.GetProperty("id").GetString());
        Assert.Equal("Attention为何除以√d?", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Equal(["id", "title", "score"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task PrintsEmptyHitsForAQuestionTheKnowledgeBaseDoesNotCover()
    {
        var (code, output, _) = await _cli.RunAsync(null, "search", "今天天气怎么样", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal(0, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task ReadsOneQueryPerLineFromStandardInputInOrder()
    {
        var (code, output, _) = await _cli.RunAsync("KL散度\nHow do I bake bread?\n\nmodel.eval() 的作用\n", "search", "--stdin", "--json", "--top", "1");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("hits"))
            .Select(h => h.GetArrayLength() == 0 ? "-" : h[0].GetProperty("id").GetString()).ToList();
        Assert.Equal(["q15", "-", "-", "q06"], ids);
    }

    [Fact]
    public async Task PrintsAReadableTableWithoutJson()
    {
        var (code, output, _) = await _cli.RunAsync(null, "search", "LayerNorm BatchNorm", "--top", "2");

        Assert.Equal(0, code);
        Assert.Contains("q03", output, StringComparison.Ordinal);
        Assert.Contains("为什么NLP用LayerNorm而不是BatchNorm?", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "x", "--top", "0")]
    [InlineData("eval", "--file", "/no/such/file.jsonl")]
    public async Task ExitsWithOneAndAClearMessageOnBadArguments(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(null, args);

        Assert.Equal(1, code);
        Assert.Contains("error", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsBrokenKnowledgeFilesAndExitsWithOne()
    {
        var broken = Path.Combine(_cli.Home, "knowledge", "llm-interview", "q99-broken.md");
        File.WriteAllText(broken, "---\nid: q01\nquestoin: x\n---\n");

        var (code, _, error) = await _cli.RunAsync(null, "index");

        Assert.Equal(1, code);
        Assert.Contains("q99-broken.md", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPrintsMetricsForBothLanguagesAndOutOfDomain()
    {
        var file = Path.Combine(_cli.Home, "eval.jsonl");
        File.WriteAllText(file, "{\"q\": \"KL散度\", \"expect\": [\"q15\"]}\n{\"q\": \"What is KL divergence?\", \"expect\": [\"q15\"]}\n{\"q\": \"今天天气怎么样\", \"expect\": []}\n");

        var (code, output, _) = await _cli.RunAsync(null, "eval", "--file", file, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal(1.0, json.RootElement.GetProperty("chinese").GetProperty("hitAt1").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("english").GetProperty("hitAt1").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("outOfDomainRejected").GetDouble());
    }

    public void Dispose() => _cli.Dispose();
}
