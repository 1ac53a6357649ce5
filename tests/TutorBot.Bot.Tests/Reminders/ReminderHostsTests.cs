using Microsoft.Extensions.Time.Testing;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Interview.Scheduling;

namespace TutorBot.Bot.Tests.Reminders;

/// <summary>The reminder service on the injected clock, and two hosts over one SQLite file checking at the same moment.</summary>
public sealed class ReminderHostsTests : IDisposable
{
    // 10:00 in Shanghai.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly UserSchedule Due = new([new ScheduleItem("q1", 1, 5, Start.AddDays(-2), Start.AddDays(-1), 2, 1)]);
    private readonly string _state = Directory.CreateTempSubdirectory("tutorbot-reminder-state-").FullName;

    [Fact]
    public async Task TwoHostsCheckingAtTheSameMomentSendEachDaysReminderOnce()
    {
        var clock = new FakeTimeProvider(Start);
        var barrier = new ReadBarrier(parties: 2);
        await using var connector = await ConnectorStub.StartAsync();
        using var first = new ReminderBotHost(clock, _state, warmIndex: false, barrier: barrier);
        using var second = new ReminderBotHost(clock, _state, warmIndex: false, barrier: barrier);
        var learner = new ReminderLearner(first.CreateClient(), connector.ServiceUrl, "conv-two");
        _ = second.CreateClient();
        await ReminderLearner.WriteScheduleAsync(first.Services, learner.Chat, Due);
        await learner.SayAsync("remind me every day at 9");

        for (var day = 1; day <= 3; day++)
        {
            // Both hosts read the same version of the reminder before either claims it.
            barrier.Armed = true;
            var sent = await Task.WhenAll(first.Checker.CheckOnceAsync(CancellationToken.None), second.Checker.CheckOnceAsync(CancellationToken.None));
            barrier.Armed = false;

            Assert.Equal(1, sent.Sum());
            Assert.Equal(day, connector.Received.Count);
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.All(connector.Received, r => Assert.Equal("conv-two", (string?)r["conversation"]?["id"]));
    }

    [Fact]
    public async Task TheServiceRunsARoundEachIntervalOfTheInjectedClock()
    {
        var clock = new FakeTimeProvider(Start);
        await using var connector = await ConnectorStub.StartAsync();
        using var host = new ReminderBotHost(clock, runLoop: true, warmIndex: false);
        var learner = new ReminderLearner(host.CreateClient(), connector.ServiceUrl, "conv-loop");
        await ReminderLearner.WriteScheduleAsync(host.Services, learner.Chat, Due);
        await learner.SayAsync("remind me every day at 9");

        clock.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(200);
        Assert.Empty(connector.Received);

        clock.Advance(TimeSpan.FromSeconds(2));
        await connector.WaitForAsync(r => (string?)r["conversation"]?["id"] == "conv-loop");
        var rounds = host.Checker.CompletedRounds;
        clock.Advance(TimeSpan.FromSeconds(60));
        await WaitUntilAsync(() => host.Checker.CompletedRounds > rounds);

        Assert.Single(connector.Received);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "The reminder service did not run a round.");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
