using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using TutorBot.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Bot.Tests.Measures;

/// <summary>
/// Turn latency through <c>/api/messages</c> (expectReplies, over a real loopback port) in no-LLM mode, and the same
/// for a bare echo bot on the same adapter, in one run. Prints p50/p99 and writes them to measures/turn-latency.txt.
/// </summary>
[Trait("Category", "Measure")]
public sealed class TurnLatencyMeasures(ITestOutputHelper output)
{
    private const int Warmup = 20;
    private const int Turns = 200;
    private static readonly string[] Questions =
    [
        "Why does attention divide by √d?", "Attention为何除以√d?", "What is the difference between LayerNorm and BatchNorm?",
        "LLM 推理延迟如何优化?", "What does RLHF involve?", "交叉熵和KL散度有什么区别?", "What is the best pizza in Naples?",
    ];

    [Fact]
    public async Task TutorAndEchoTurnLatency()
    {
        using var tutor = new KestrelBotHost();
        using var echo = new EchoHost();
        var tutorTimes = await MeasureAsync(tutor.BaseAddress, tutor);
        var echoTimes = await MeasureAsync(echo.BaseAddress, echo);

        var report = $"turns={Turns} (after {Warmup} warm-up), expectReplies over 127.0.0.1\n" +
                     $"tutor_no_llm_ms p50={Percentile(tutorTimes, 50):F2} p99={Percentile(tutorTimes, 99):F2}\n" +
                     $"echo_ms p50={Percentile(echoTimes, 50):F2} p99={Percentile(echoTimes, 99):F2}\n";
        output.WriteLine(report);
        var folder = Path.Combine(AppContext.BaseDirectory, "measures");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "turn-latency.txt"), report);
        // A measure, not a timed test: the numbers are reported, never asserted. What is checked is that every
        // measured turn really was a turn: a reply came back for each.
        Assert.Equal(Turns, tutorTimes.Count);
        Assert.Equal(Turns, echoTimes.Count);
    }

    private static async Task<List<double>> MeasureAsync(Uri baseAddress, BotHostFactory host)
    {
        await host.Services.GetRequiredService<TutorBot.Bot.Hosting.IndexReadiness>().WhenReadyAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = baseAddress };
        var times = new List<double>();
        for (var i = 0; i < Warmup + Turns; i++)
        {
            var activity = Activities.Message(Questions[i % Questions.Length], conversationId: "measure-" + (i % 10)).ExpectReplies();
            using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8, "application/json");
            var clock = Stopwatch.StartNew();
            using var response = await http.PostAsync("/api/messages", content);
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            response.EnsureSuccessStatusCode();
            if (i >= Warmup && System.Text.RegularExpressions.Regex.IsMatch(body, "\"type\"\\s*:\\s*\"message\""))
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>The same host and adapter with the bot replaced by one that echoes the text.</summary>
    private sealed class EchoHost : KestrelBotHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddTransient<IBot, EchoBot>());
        }
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
