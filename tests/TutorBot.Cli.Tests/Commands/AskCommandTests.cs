using System.Text.Json;
using TutorBot.Cli.Tests.TestSupport;
using TutorBot.LlmStub;

namespace TutorBot.Cli.Tests.Commands;

public sealed class AskCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task AnswersAChineseQuestionAsOneJsonObject()
    {
        var (code, output, _) = await _cli.RunAsync(null, "ask", "为啥要除以根号d", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        Assert.Equal(["question", "answered", "mode", "answer", "citations", "grounded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("为啥要除以根号d", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("extractive", root.GetProperty("mode").GetString());
        Assert.Contains("[1]", root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("grounded").GetBoolean());
        var citation = root.GetProperty("citations")[0];
        Assert.Equal(["n", "id", "title", "source", "topic", "difficulty"], citation.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, "q13"), (citation.GetProperty("n").GetInt32(), citation.GetProperty("id").GetString()));
        Assert.Equal(("attention", true), (citation.GetProperty("topic").GetString(), citation.GetProperty("difficulty").GetInt32() is >= 1 and <= 3));
    }

    [Fact]
    public async Task AnswersAnEnglishQuestionWithTheEntrysEnglishQuestion()
    {
        var (code, output, _) = await _cli.RunAsync(null, "ask", "What does model.eval() change compared with model.train()?", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal("q06", json.RootElement.GetProperty("citations")[0].GetProperty("id").GetString());
        Assert.StartsWith("What do model.train()", json.RootElement.GetProperty("citations")[0].GetProperty("title").GetString());
        var answer = json.RootElement.GetProperty("answer").GetString()!;
        Assert.Contains("**What", answer);
        Assert.DoesNotContain("在PyTorch中", answer);
    }

    [Fact]
    public async Task DeclinesAnOutOfDomainQuestionWithEmptyCitations()
    {
        var (code, output, _) = await _cli.RunAsync(null, "ask", "How do I bake sourdough bread?", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Equal(0, json.RootElement.GetProperty("citations").GetArrayLength());
        Assert.Contains("does not cover", json.RootElement.GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task RejectsAnEmptyQuestionWithoutAStackTrace(string question)
    {
        var (code, output, error) = await _cli.RunAsync(null, "ask", question, "--json");

        Assert.Equal(1, code);
        Assert.Equal("", output.Trim());
        Assert.Contains("the question is empty", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task PrintsTheAnswerAndItsNumberedSourcesAsText()
    {
        var (code, output, _) = await _cli.RunAsync(null, "ask", "KL散度怎么理解");

        Assert.Equal(0, code);
        Assert.Contains("[1]", output);
        Assert.Contains("来源：", output);
        Assert.Contains("[1] q15", output);
    }

    [Fact]
    public async Task AnswersThroughTheLlmWhenTheEnvironmentConfiguresOne()
    {
        await using var stub = await OpenAiStub.StartAsync();
        stub.Enqueue(StubReply.Text("点积随维度增大，除以√d 使 softmax 稳定 [1]。[5]"));
        _cli.Environment["Llm__Provider"] = "OpenAI";
        _cli.Environment["Llm__Endpoint"] = stub.Endpoint;
        _cli.Environment["Llm__Model"] = "stub-model";

        var (code, output, error) = await _cli.RunAsync(null, "ask", "Attention为何除以√d?", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal("llm", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("点积随维度增大，除以√d 使 softmax 稳定 [1]。", json.RootElement.GetProperty("answer").GetString());
        Assert.Equal("q13", json.RootElement.GetProperty("citations")[0].GetProperty("id").GetString());
        Assert.Contains("<question>\nAttention为何除以√d?\n</question>", Assert.Single(stub.Requests).User);
    }

    [Fact]
    public async Task StreamsTheLlmAnswerInTextMode()
    {
        await using var stub = await OpenAiStub.StartAsync();
        _cli.Environment["Llm__Provider"] = "OpenAI";
        _cli.Environment["Llm__Endpoint"] = stub.Endpoint;
        _cli.Environment["Llm__Model"] = "stub-model";

        var (code, output, error) = await _cli.RunAsync(null, "ask", "KL散度怎么理解");

        Assert.True(code == 0, error);
        Assert.True(Assert.Single(stub.Requests).Stream);
        Assert.Contains("[1] q15", output);
    }

    [Fact]
    public async Task FallsBackToTheExtractiveAnswerWhenTheLlmIsDown()
    {
        _cli.Environment["Llm__Provider"] = "OpenAI";
        _cli.Environment["Llm__Endpoint"] = "http://127.0.0.1:9/v1";
        _cli.Environment["Llm__Model"] = "stub-model";
        _cli.Environment["Llm__RetryDelaySeconds"] = "0.05";

        var (code, output, error) = await _cli.RunAsync(null, "ask", "KL散度怎么理解", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output.Trim());
        Assert.Equal("extractive", json.RootElement.GetProperty("mode").GetString());
        Assert.Equal("q15", json.RootElement.GetProperty("citations")[0].GetProperty("id").GetString());
        Assert.DoesNotContain("   at ", error);
    }

    public void Dispose() => _cli.Dispose();
}
