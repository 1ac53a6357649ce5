using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Reminders;

/// <summary>A learner sets a daily reminder in a chat; the host's rounds, on a fake clock, send it through the channel's connector.</summary>
public sealed class ReminderConversationTests
{
    // 10:00 on Monday 2 March 2026 in Shanghai.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendsOneReminderPerLocalDayWhileReviewsAreDueUntilStopped()
    {
        var clock = new FakeTimeProvider(Start);
        await using var connector = await ConnectorStub.StartAsync();
        using var host = new ReminderBotHost(clock);
        var learner = new ReminderLearner(await host.CreateReadyClientAsync(), connector.ServiceUrl, "conv-remind");

        // A question not known is due again a day later (FSRS "Again").
        var question = (await learner.SayAsync("mock interview, 1 question")).Messages().Last(InterviewChat.IsQuestion);
        var askedId = KnowledgeAnswers.AskedIn(question.Text).Id;
        await learner.SayAsync("i don't know");
        var confirmation = Assert.Single((await learner.SayAsync("remind me every day at 9")).Messages());

        Assert.Contains("09:00", confirmation.Text);
        Assert.Contains("Asia/Shanghai", confirmation.Text);
        Assert.Equal(0, await host.Checker.CheckOnceAsync(CancellationToken.None));

        // 10:30 the next day in Shanghai: past 09:00 and the question is due.
        clock.SetUtcNow(Start.AddDays(1).AddMinutes(30));
        Assert.Equal(1, await host.Checker.CheckOnceAsync(CancellationToken.None));
        var reminder = Assert.Single(connector.Received);
        Assert.Equal("message", (string?)reminder["type"]);
        Assert.Equal("conv-remind", (string?)reminder["conversation"]?["id"]);
        Assert.Equal("learner", (string?)reminder["recipient"]?["id"]);
        Assert.Contains("You have 1 review due today", (string?)reminder["text"]);
        var button = reminder["attachments"]![0]!["content"]!["actions"]![0]!;
        Assert.Equal("mock interview, 1 question", (string?)button["data"]?["command"]);

        // Later the same local day: nothing more.
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await host.Checker.CheckOnceAsync(CancellationToken.None));

        // The button starts a review that asks the due question.
        var review = (await learner.SubmitAsync((JObject)button["data"]!)).Messages().Last(InterviewChat.IsQuestion);
        Assert.Equal(askedId, KnowledgeAnswers.AskedIn(review.Text).Id);
        Assert.Contains("Question 1 of 1", review.Text);

        // 09:05 on the following day, still due: one more.
        clock.SetUtcNow(Start.AddDays(2).AddHours(-1).AddMinutes(5));
        Assert.Equal(1, await host.Checker.CheckOnceAsync(CancellationToken.None));
        Assert.Equal(2, connector.Received.Count);

        var stopped = Assert.Single((await learner.SayAsync("stop reminders")).Messages());
        Assert.Contains("Reminders are off", stopped.Text);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.Checker.CheckOnceAsync(CancellationToken.None));
        Assert.Equal(2, connector.Received.Count);
    }

    [Fact]
    public async Task ConfirmsInChineseWithTheChannelsTimeZone()
    {
        var clock = new FakeTimeProvider(Start);
        using var host = new ReminderBotHost(clock, warmIndex: false);
        var learner = new ReminderLearner(host.CreateClient(), "http://127.0.0.1:1/", "conv-zh", timeZone: "Asia/Shanghai");

        var set = Assert.Single((await learner.SayAsync("每天晚上8点提醒我")).Messages());
        var usage = Assert.Single((await learner.SayAsync("提醒我")).Messages());
        var stop = Assert.Single((await learner.SayAsync("取消提醒")).Messages());

        Assert.Contains("每天 20:00(Asia/Shanghai)", set.Text);
        Assert.Contains("当前:每天 20:00", usage.Text);
        Assert.Contains("已取消", stop.Text);
    }

    [Fact]
    public async Task UsesTheDefaultTimeZoneWhenTheChannelSendsNone()
    {
        var clock = new FakeTimeProvider(Start);
        using var host = new ReminderBotHost(clock, warmIndex: false);
        var learner = new ReminderLearner(host.CreateClient(), "http://127.0.0.1:1/", "conv-utc", timeZone: null);

        var set = Assert.Single((await learner.SayAsync("remind me at 21:30")).Messages());

        Assert.Contains("21:30 (UTC)", set.Text);
    }
}
