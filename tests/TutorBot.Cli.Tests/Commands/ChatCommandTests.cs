using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class ChatCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task KeepsTheTopicForAFollowUpFromPipedInput()
    {
        var (code, output, error) = await _cli.RunAsync("Attention为何除以√d?\n为什么？\n", "chat");

        Assert.True(code == 0, error);
        var turns = output.Split("> ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, turns.Length);
        Assert.StartsWith("为什么？", turns[1]);
        Assert.Contains("[1] q13", turns[1]);
    }

    [Fact]
    public async Task ListsTheSyllabusTopicsInTheAskersLanguage()
    {
        var (code, output, error) = await _cli.RunAsync("topics\n有哪些主题\n", "chat");

        Assert.True(code == 0, error);
        Assert.Contains("- Positional encoding (位置编码): 10 questions", output);
        Assert.Contains("- 位置编码（Positional encoding）：10 题", output);
        Assert.Equal(32, output.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StopsAtExit()
    {
        var (code, output, _) = await _cli.RunAsync("KL散度怎么理解\nexit\nAttention为何除以√d?\n", "chat");

        Assert.Equal(0, code);
        Assert.Contains("[1] q15", output);
        Assert.DoesNotContain("q13", output);
    }

    public void Dispose() => _cli.Dispose();
}
