using System.Text.Json;
using TutorBot.Cli.Tests.TestSupport;

namespace TutorBot.Cli.Tests.Commands;

public sealed class ProgressCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task PrintsTheLearnersProgressAsJsonAndDrawsTheChart()
    {
        var (code, _, error) = await _cli.RunAsync("I do not know\nskip\n", "interview", "--topic", "attention", "--count", "2", "--user", "pat");
        Assert.True(code == 0, error);

        (code, var json, error) = await _cli.RunAsync(null, "progress", "--user", "pat", "--json", "--chart", "chart.png");
        var (_, stranger, _) = await _cli.RunAsync(null, "progress", "--user", "nobody", "--json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["user", "due_now", "due_week", "topics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pat", root.GetProperty("user").GetString());
        var attention = root.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("topic").GetString() == "attention");
        Assert.Equal(2, attention.GetProperty("asked").GetInt32());
        Assert.InRange(attention.GetProperty("mastery").GetDouble(), 0.01, 1);
        Assert.Equal(2, root.GetProperty("due_week").GetInt32());
        Assert.All(JsonDocument.Parse(stranger).RootElement.GetProperty("topics").EnumerateArray(), t => Assert.Equal(0, t.GetProperty("asked").GetInt32()));
        var png = await File.ReadAllBytesAsync(Path.Combine(_cli.Home, "chart.png"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }

    [Fact]
    public async Task PrintsATableInChinese()
    {
        var (code, output, error) = await _cli.RunAsync(null, "progress", "--user", "pat", "--lang", "zh");

        Assert.True(code == 0, error);
        Assert.Contains("总体掌握度", output);
        Assert.Contains("注意力", output);
    }

    public void Dispose() => _cli.Dispose();
}
