using System.Text.Json;
using TutorBot.Core.Feedback;
using TutorBot.Core.State;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Feedback;

public sealed class FeedbackStoreTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly MondayDate = new(2026, 3, 2);
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly MemoryStateStore _state = new();
    private readonly FeedbackStore _store;

    public FeedbackStoreTests() => _store = new FeedbackStore(_state);

    [Fact]
    public async Task AVoteIsFiledUnderItsChannelUtcDateAndIdAndListedOnThatDay()
    {
        // 07:30 on Tuesday in Shanghai is still Monday in UTC.
        var vote = Vote("webchat", new DateTimeOffset(2026, 3, 3, 7, 30, 0, TimeSpan.FromHours(8)));

        var added = await _store.AddAsync(vote, None);

        Assert.True(added);
        Assert.Equal($"feedback/webchat/2026-03-02/{vote.Id}", FeedbackStore.RecordKey(vote));
        Assert.Contains(FeedbackStore.RecordKey(vote), (await _state.ReadAsync([FeedbackStore.RecordKey(vote)], None)).Keys);
        Assert.Equal(Lines([vote]), Lines((await _store.ListAsync(MondayDate, MondayDate, null, None)).Records));
        Assert.Empty((await _store.ListAsync(MondayDate.AddDays(1), MondayDate.AddDays(1), null, None)).Records);
    }

    [Fact]
    public async Task AddingTheSameVotesAgainStoresNothingNew()
    {
        var votes = new[] { Vote("webchat", Monday), Vote("msteams", Monday.AddMinutes(1)), Vote("webchat", Monday.AddDays(1)) };

        var first = await _store.AddAsync(votes, None);
        var again = await _store.AddAsync([votes[1], votes[0], votes[1]], None);

        Assert.Equal(3, first);
        Assert.Equal(0, again);
        Assert.Equal(Lines(votes), Lines((await _store.ListAsync(MondayDate, MondayDate.AddDays(1), null, None)).Records));
    }

    [Fact]
    public async Task ListingIsOldestFirstAndCanBeLimitedToAChannelAndASpanOfDays()
    {
        var late = Vote("webchat", Monday.AddHours(-2));
        var early = Vote("webchat", Monday.AddHours(-20));
        var teams = Vote("msteams", Monday.AddHours(-10));
        var yesterday = Vote("webchat", Monday.AddDays(-1));
        await _store.AddAsync([late, teams, yesterday, early], None);

        Assert.Equal(Lines([early, teams, late]), Lines((await _store.ListAsync(MondayDate, MondayDate, null, None)).Records));
        Assert.Equal(Lines([yesterday, early, late]), Lines((await _store.ListAsync(MondayDate.AddDays(-7), MondayDate, "webchat", None)).Records));
        Assert.Empty((await _store.ListAsync(MondayDate, MondayDate, "web", None)).Records);
        Assert.Empty((await _store.ListAsync(MondayDate, MondayDate.AddDays(-1), null, None)).Records);
    }

    [Fact]
    public async Task AVoteStoredWithoutItsIndexEntryIsListedWhenItIsAddedAgain()
    {
        // A write cut short after the vote's document and before the day's index (no transaction across keys).
        var vote = Vote("webchat", Monday);
        await _state.WriteAsync(new Dictionary<string, StoredItem> { [FeedbackStore.RecordKey(vote)] = new(JsonSerializer.Serialize(vote, StateJson.Options)) }, None);
        Assert.Empty((await _store.ListAsync(MondayDate, MondayDate, null, None)).Records);

        var added = await _store.AddAsync(vote, None);

        Assert.False(added);
        Assert.Equal(Lines([vote]), Lines((await _store.ListAsync(MondayDate, MondayDate, null, None)).Records));
    }

    [Fact]
    public async Task DamagedDocumentsAreLeftOutAndNamed()
    {
        var kept = Vote("webchat", Monday);
        var damaged = Vote("webchat", Monday.AddMinutes(1));
        await _store.AddAsync([kept, damaged], None);
        await _state.WriteAsync(new Dictionary<string, StoredItem> { [FeedbackStore.RecordKey(damaged)] = new("{not json") }, None);
        await _state.WriteAsync(new Dictionary<string, StoredItem> { [FeedbackStore.DayKey(MondayDate.AddDays(1))] = new("[") }, None);

        var listing = await _store.ListAsync(MondayDate, MondayDate.AddDays(1), null, None);

        Assert.Equal(Lines([kept]), Lines(listing.Records));
        Assert.Equal([FeedbackStore.DayKey(MondayDate.AddDays(1)), FeedbackStore.RecordKey(damaged)], listing.Damaged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ASpanLongerThanTheLimitIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.ListAsync(MondayDate.AddDays(-FeedbackStore.MaxDays), MondayDate, null, None));
    }

    // Records hold lists, which records compare by reference: compare their JSON lines, every field.
    private static IReadOnlyList<string> Lines(IEnumerable<FeedbackRecord> records) => records.Select(FeedbackJsonLines.Format).ToList();

    internal static FeedbackRecord Vote(string channel, DateTimeOffset time, string question = "Why does attention divide by √d?") =>
        FeedbackRecord.New(time, channel, FeedbackRecord.Dislike, question, ["q13"], "extractive", null);
}
