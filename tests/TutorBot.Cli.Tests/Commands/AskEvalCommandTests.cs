using System.Text.Json;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class AskEvalCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task MeasuresCitationsDeclinesAndOverheadWithoutAnLlm()
    {
        var file = Path.Combine(CliRunner.RepoRoot(), "tests", "eval", "answers", "ask-small.jsonl");

        var (code, output, error) = await _cli.RunAsync(null, "ask-eval", "--file", file, "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        Assert.Equal("extractive", root.GetProperty("mode").GetString());
        Assert.Equal(1.0, root.GetProperty("correctFirstCitation").GetDouble());
        Assert.Equal(1.0, root.GetProperty("outOfDomainDeclined").GetDouble());
        Assert.Equal(0, root.GetProperty("promptTokensMax").GetInt32());
        Assert.True(root.GetProperty("overheadP50Ms").GetDouble() > 0);
    }

    public void Dispose() => _cli.Dispose();
}
