using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.DirectLine;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Reminders;
using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.Reminders;

/// <summary>Where reminders go when the conversation is gone or the connector fails, and in the host's own Web Chat.</summary>
public sealed class ReminderDeliveryTests
{
    // 10:00 in Shanghai.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private static readonly UserSchedule Due = new([new ScheduleItem("q1", 1, 5, Start.AddDays(-2), Start.AddDays(-1), 2, 1)]);

    [Fact]
    public async Task AReminderWhoseConversationIsGoneIsTurnedOffAndAFailingOneDoesNotStopTheRound()
    {
        var clock = new FakeTimeProvider(Start);
        await using var connector = await ConnectorStub.StartAsync();
        using var host = new ReminderBotHost(clock, warmIndex: false);
        var http = host.CreateClient();
        // The stub has no route under /gone/: 404, as a connector answers for a conversation the bot was removed from.
        var gone = new ReminderLearner(http, connector.ServiceUrl + "gone/", "conv-gone", "gone-user");
        var unreachable = new ReminderLearner(http, "http://127.0.0.1:1/", "conv-down", "down-user");
        var fine = new ReminderLearner(http, connector.ServiceUrl, "conv-fine", "fine-user");
        foreach (var learner in new[] { gone, unreachable, fine })
        {
            await ReminderLearner.WriteScheduleAsync(host.Services, learner.Chat, Due);
            await learner.SayAsync("remind me every day at 9");
        }

        var sent = await host.Checker.CheckOnceAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        Assert.Equal("conv-fine", (string?)Assert.Single(connector.Received)["conversation"]?["id"]);
        var store = host.Services.GetRequiredService<ReminderStore>();
        Assert.True((await store.FindAsync(gone.Chat, CancellationToken.None))!.Stopped);
        Assert.False((await store.FindAsync(unreachable.Chat, CancellationToken.None))!.Stopped);
    }

    [Fact]
    public async Task AReminderReachesAnOpenWebChatConversationAndIsTurnedOffOnceTheConversationEnds()
    {
        var clock = new FakeTimeProvider(Start);
        using var host = new ReminderBotHost(clock, warmIndex: false);
        var page = new DirectLineClient(host.CreateClient());
        await page.StartAsync();
        await page.ReadAsync();
        var chat = new ChatKey(DirectLineTurns.ChannelId, page.ConversationId, "web-user");
        await ReminderLearner.WriteScheduleAsync(host.Services, chat, Due);
        // As Web Chat posts it, with the browser's time zone.
        using var posted = await page.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{page.ConversationId}/activities", new JObject
        {
            ["type"] = "message",
            ["text"] = "remind me every day at 9",
            ["from"] = new JObject { ["id"] = "web-user", ["role"] = "user" },
            ["localTimezone"] = "Asia/Shanghai",
            ["localTimestamp"] = "2026-03-02T10:00:00.000+08:00",
        });
        posted.EnsureSuccessStatusCode();
        Assert.Contains(await page.ReadAsync(), a => ((string?)a["text"])?.Contains("(Asia/Shanghai)") == true);

        var sent = await host.Checker.CheckOnceAsync(CancellationToken.None);
        var activities = await page.ReadAsync();

        Assert.Equal(1, sent);
        var reminder = Assert.Single(activities);
        Assert.Equal("bot", (string?)reminder["from"]?["role"]);
        Assert.Contains("You have 1 review due today", (string?)reminder["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reminder["attachments"]?[0]?["contentType"]);

        host.Services.GetRequiredService<DirectLineConversations>().End(page.ConversationId);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.Checker.CheckOnceAsync(CancellationToken.None));
        Assert.True((await host.Services.GetRequiredService<ReminderStore>().FindAsync(chat, CancellationToken.None))!.Stopped);
    }
}
