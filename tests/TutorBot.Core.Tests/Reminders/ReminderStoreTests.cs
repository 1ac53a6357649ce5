using System.Text.Json;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Reminders;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Reminders;

public sealed class ReminderStoreTests
{
    private static readonly ChatKey Alice = new("msteams", "conv-a", "alice");
    private static readonly ChatKey Bob = new("msteams", "conv-b", "bob");
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly MemoryStateStore _state = new();
    private readonly ReminderStore _store;

    public ReminderStoreTests() => _store = new ReminderStore(_state);

    [Fact]
    public async Task SetRemindersAreListedUntilStopped()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        await _store.SetAsync(Reminder(Bob), CancellationToken.None);

        var stopped = await _store.StopAsync(Alice, CancellationToken.None);
        var again = await _store.StopAsync(Alice, CancellationToken.None);
        var active = await _store.ReadActiveAsync(CancellationToken.None);

        Assert.True(stopped);
        Assert.False(again);
        Assert.Equal([ReminderStore.KeyOf(Bob)], active.Reminders.Select(r => r.Key));
        Assert.True((await _store.FindAsync(Alice, CancellationToken.None))!.Stopped);
        Assert.Equal([ReminderStore.KeyOf(Bob)], await IndexedKeysAsync());
    }

    [Fact]
    public async Task ChangingTheTimeKeepsTheDateOfTheLastReminderSent()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        var read = Assert.Single((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);
        Assert.True(await _store.TryClaimAsync(read, new DateOnly(2026, 3, 2), CancellationToken.None));

        await _store.SetAsync(Reminder(Alice) with { At = new TimeOnly(21, 30) }, CancellationToken.None);

        var changed = (await _store.FindAsync(Alice, CancellationToken.None))!;
        Assert.Equal(new TimeOnly(21, 30), changed.At);
        Assert.Equal(new DateOnly(2026, 3, 2), changed.LastSentLocalDate);
    }

    [Fact]
    public async Task OnlyOneOfTwoClaimsOnTheSameVersionWins()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        var hostA = Assert.Single((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);
        var hostB = Assert.Single((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);

        var first = await _store.TryClaimAsync(hostA, new DateOnly(2026, 3, 2), CancellationToken.None);
        var second = await _store.TryClaimAsync(hostB, new DateOnly(2026, 3, 2), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task AClaimAfterAStopFailsAndDoesNotTurnTheReminderBackOn()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        var read = Assert.Single((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);

        await _store.StopAsync(Alice, CancellationToken.None);
        var claimed = await _store.TryClaimAsync(read, new DateOnly(2026, 3, 2), CancellationToken.None);

        Assert.False(claimed);
        Assert.True((await _store.FindAsync(Alice, CancellationToken.None))!.Stopped);
    }

    [Fact]
    public async Task DropStopsOnlyTheConversationThatFailed()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        var old = (await _store.FindAsync(Alice, CancellationToken.None))!;
        await _store.SetAsync(Reminder(Alice) with { ConversationReference = "{\"conversation\":\"new\"}" }, CancellationToken.None);

        var dropped = await _store.DropAsync(old, CancellationToken.None);

        Assert.False(dropped);
        Assert.Single((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);
        Assert.True(await _store.DropAsync((await _store.FindAsync(Alice, CancellationToken.None))!, CancellationToken.None));
        Assert.Empty((await _store.ReadActiveAsync(CancellationToken.None)).Reminders);
    }

    [Fact]
    public async Task ADamagedDocumentIsNamedAndTheOthersStillRead()
    {
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);
        await _store.SetAsync(Reminder(Bob), CancellationToken.None);
        await _state.WriteAsync(new Dictionary<string, StoredItem> { [ReminderStore.KeyOf(Alice)] = new("{not json") }, CancellationToken.None);

        var active = await _store.ReadActiveAsync(CancellationToken.None);

        Assert.Equal([ReminderStore.KeyOf(Bob)], active.Reminders.Select(r => r.Key));
        Assert.Equal([ReminderStore.KeyOf(Alice)], active.Damaged);
    }

    [Fact]
    public async Task ClaimsADueReminderOncePerLocalDay()
    {
        var claims = new ReminderClaims(_store, new InterviewStore(_state));
        await WriteScheduleAsync(Alice, new UserSchedule([new ScheduleItem("q1", 1, 5, Now.AddDays(-1), Now.AddHours(-1), 2, 1)]));
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);

        var first = await ClaimAllAsync(claims, Now);
        var sameDay = await ClaimAllAsync(claims, Now.AddHours(5));
        var nextDay = await ClaimAllAsync(claims, Now.AddDays(1));

        var due = Assert.Single(first);
        Assert.Equal(1, due.DueReviews);
        Assert.Equal(new DateOnly(2026, 3, 2), due.LocalDate);
        Assert.Empty(sameDay);
        Assert.Equal(new DateOnly(2026, 3, 3), Assert.Single(nextDay).LocalDate);
    }

    [Fact]
    public async Task ClaimsNothingForALearnerWithNothingDue()
    {
        var claims = new ReminderClaims(_store, new InterviewStore(_state));
        await _store.SetAsync(Reminder(Alice), CancellationToken.None);

        Assert.Empty(await ClaimAllAsync(claims, Now));
        Assert.Null((await _store.FindAsync(Alice, CancellationToken.None))!.LastSentLocalDate);
    }

    private static Reminder Reminder(ChatKey chat) => new(chat, new TimeOnly(9, 0), "UTC", Language.English, "{\"conversation\":\"old\"}");

    private async Task<IReadOnlyList<DueReminder>> ClaimAllAsync(ReminderClaims claims, DateTimeOffset now)
    {
        var claimed = new List<DueReminder>();
        foreach (var stored in (await _store.ReadActiveAsync(CancellationToken.None)).Reminders)
        {
            if (await claims.TryClaimAsync(stored, now, CancellationToken.None) is { } due)
            {
                claimed.Add(due);
            }
        }

        return claimed;
    }

    private Task WriteScheduleAsync(ChatKey chat, UserSchedule schedule) => _state.WriteAsync(
        new Dictionary<string, StoredItem> { [InterviewStore.ScheduleKey(chat)] = new(JsonSerializer.Serialize(schedule, StateJson.Options)) },
        CancellationToken.None);

    private async Task<IReadOnlyList<string>> IndexedKeysAsync()
    {
        var items = await _state.ReadAsync([ReminderStore.IndexKey], CancellationToken.None);
        return JsonSerializer.Deserialize<ReminderIndex>(items[ReminderStore.IndexKey].Json, StateJson.Options)!.Keys;
    }
}
