using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Bot.Storage;
using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.Storage;

/// <summary>
/// The bot host's retention sweep on its injected clock: a conversation written through <c>/api/messages</c> stays
/// while it is recent and goes once it has been idle for <c>Storage:ConversationRetentionDays</c>; the learner's
/// schedule stays.
/// </summary>
public sealed class RetentionServiceTests
{
    [Fact]
    public async Task AConversationIdleForTheRetentionPeriodIsDeletedAndTheLearnersScheduleKept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new ReminderBotHost(clock);
        var client = host.CreateClient();
        var chat = new ChatKey("test", "conv-retention", "learner");
        await Activities.AskAsync(client, Activities.Message("What is the KV cache?", conversationId: chat.Conversation, userId: chat.User));
        await Activities.AskAsync(client, Activities.Message("mock interview, 2 questions", conversationId: chat.Conversation, userId: chat.User));
        await Activities.AskAsync(client, Activities.Message("I don't know.", conversationId: chat.Conversation, userId: chat.User));
        var store = host.Services.GetRequiredService<IStateStore>();
        var retention = host.Services.GetRequiredService<RetentionService>();
        string[] conversation = [ConversationHistory.Key(chat), InterviewStore.InterviewKey(chat)];

        // The sweep at start-up found nothing idle: both documents are there, as is the schedule the answer graded.
        await WaitForAsync(() => retention.CompletedSweeps >= 1);
        Assert.Equal(2, (await store.ReadAsync(conversation, CancellationToken.None)).Count);
        Assert.Single(await store.ReadAsync([InterviewStore.ScheduleKey(chat)], CancellationToken.None));

        // 89 days on, the next sweep (every 6 hours) keeps them; past 90 days they go.
        clock.Advance(TimeSpan.FromDays(89));
        await WaitForAsync(() => retention.CompletedSweeps >= 2);
        Assert.Equal(2, (await store.ReadAsync(conversation, CancellationToken.None)).Count);

        // (Ticks that fell due while the clock jumped are run as one more sweep, so count on the outcome, not on a number.)
        clock.Advance(TimeSpan.FromDays(1.5));
        await WaitForAsync(async () => (await store.ReadAsync(conversation, CancellationToken.None)).Count == 0);
        Assert.Single(await store.ReadAsync([InterviewStore.ScheduleKey(chat)], CancellationToken.None));
    }

    private static Task WaitForAsync(Func<bool> condition) => WaitForAsync(() => Task.FromResult(condition()));

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the retention sweep did not run, or did not do what was expected");
            await Task.Delay(20);
        }
    }
}
