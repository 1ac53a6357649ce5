extern alias llmstub;

using System.Diagnostics;
using System.Text.RegularExpressions;
using TutorBot.Bot.Tests.TestSupport;
using llmstub::TutorBot.LlmStub;
using Xunit.Abstractions;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>
/// SIGTERM to the real bot process while a mock-interview answer is being graded (the LLM grader held 6 s by the
/// stub): the host stops taking new connections at once, the turn in flight finishes with its graded reply, the
/// process exits 0 within <c>Bot:ShutdownTimeoutSeconds</c>, and a restart on the same data folder has the answer.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string StubFeedback = "Stub grader: the answer makes every key point.";
    private static readonly TimeSpan GradingDelay = TimeSpan.FromSeconds(6);
    // A content root of its own (appsettings.json and the knowledge folder); state and index live under its data/.
    private readonly string _root = BotProcess.CreateHome();
    private OpenAiStub _llm = null!;

    public async Task InitializeAsync()
    {
        _llm = await OpenAiStub.StartAsync();
        _llm.Fallback = request => IsGrading(request)
            ? StubReply.Text(Grade(request)) with { Delay = GradingDelay }
            : OpenAiStub.EchoFirstPassage(request);
    }

    public async Task DisposeAsync()
    {
        await _llm.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task ATurnInFlightAtSigtermFinishesWithItsGradedReplyAndItsAnswerSurvivesTheRestart()
    {
        string firstId;
        InterviewChat chat;
        await using (var bot = await BotProcess.StartAsync(_root, Settings()))
        {
            chat = new InterviewChat(bot.Client, "conv-sigterm", "learner");
            await chat.SayAsync("mock interview, 2 questions");
            (firstId, var answer) = KnowledgeAnswers.AskedIn(chat.LastQuestion);
            var inFlight = chat.SayAsync(answer);
            await UntilAsync(() => _llm.Requests.Any(IsGrading), "the grading request to reach the stub");

            var clock = Stopwatch.StartNew();
            bot.Signal("TERM");
            await UntilAsync(() => !bot.AcceptsConnections(), "the host to stop listening");
            Assert.False(inFlight.IsCompleted, "the turn in flight ended before the host stopped listening; the test proves nothing");
            using (var late = new HttpClient { BaseAddress = bot.BaseAddress })
            {
                await Assert.ThrowsAsync<HttpRequestException>(() => Activities.AskAsync(late, Activities.Message("What is the KV cache?", conversationId: "conv-late")));
            }

            var replies = await inFlight;
            var exitCode = await bot.WaitForExitAsync(TimeSpan.FromSeconds(60));
            clock.Stop();
            output.WriteLine($"exit {exitCode} {clock.Elapsed.TotalSeconds:F1} s after SIGTERM\n{bot.Output}");

            var feedback = replies.Messages().First();
            Assert.Contains(StubFeedback, feedback.Text);
            Assert.Equal([firstId], InterviewChat.CitedEntries(feedback));
            Assert.Contains("Question 2 of 2", replies.Messages().Last().Text);
            Assert.Equal(0, exitCode);
            Assert.True(clock.Elapsed >= GradingDelay - TimeSpan.FromSeconds(1), $"exited {clock.Elapsed.TotalSeconds:F1} s after SIGTERM, before the turn in flight could finish");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"exited {clock.Elapsed.TotalSeconds:F1} s after SIGTERM; the shutdown timeout is 15 s");
        }

        await using var restarted = await BotProcess.StartAsync(_root, Settings());
        chat.Client = restarted.Client;
        var summary = InterviewChat.SummaryCard(await chat.SayAsync("stop"))!;
        var fact = Assert.Single(summary["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!);
        Assert.Contains($"({firstId})", (string?)fact["title"]);
        Assert.Equal("8.5/10", (string?)fact["value"]);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Llm__Provider"] = "OpenAI",
        ["Llm__Endpoint"] = _llm.Endpoint,
        ["Llm__Model"] = "stub-model",
        ["Llm__ApiKey"] = "test-key",
        ["Llm__RewriteFollowUps"] = "false",
        ["Bot__ShutdownTimeoutSeconds"] = "15",
        ["WebChat__Enabled"] = "false",
    };

    private static bool IsGrading(StubRequest request) => request.System.Contains("Reply with one JSON object", StringComparison.Ordinal);

    // Valid grading JSON: every key point of the prompt covered, score 8.5.
    private static string Grade(StubRequest request)
    {
        var points = Regex.Matches(request.User, "<point n=\"(\\d+)\">").Select(m => $"{{\"n\": {m.Groups[1].Value}, \"status\": \"covered\"}}");
        return $"{{\"points\": [{string.Join(", ", points)}], \"mistakes\": [], \"score\": 8.5, \"feedback\": \"{StubFeedback}\"}}";
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), $"Timed out waiting for {what}.");
    }
}
