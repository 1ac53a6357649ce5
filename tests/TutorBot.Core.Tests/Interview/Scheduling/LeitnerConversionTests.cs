using TutorBot.Core.State;
using System.Text.Json;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Interview.Scheduling.Fsrs;

namespace TutorBot.Core.Tests.Interview.Scheduling;

/// <summary>Schedules stored by the former five-box Leitner schedule are converted when read, never dropped.</summary>
public sealed class LeitnerConversionTests
{
    // A user's data as the Leitner schedule wrote it (InterviewRepository, before FSRS).
    private const string LeitnerDocument = """
        {
          "schedule": {
            "items": [
              { "entryId": "a1", "box": 1, "due": "2026-01-05T09:00:00+00:00", "lastScore": 2, "reviews": 1 },
              { "entryId": "a2", "box": 3, "due": "2026-01-08T09:00:00+00:00", "lastScore": 8.5, "reviews": 3 },
              { "entryId": "a3", "box": 5, "due": "2026-01-26T09:00:00+00:00", "lastScore": 10, "reviews": 6 }
            ]
          }
        }
        """;

    [Fact]
    public void ConvertsEveryLeitnerItemKeepingItsDueTimeScoreAndReviews()
    {
        var data = JsonSerializer.Deserialize<UserInterviewData>(LeitnerDocument, StateJson.Options)!;

        var items = data.Schedule.Items;
        Assert.Equal(["a1", "a2", "a3"], items.Select(i => i.EntryId));
        Assert.Equal(
            [DateTimeOffset.Parse("2026-01-05T09:00:00Z"), DateTimeOffset.Parse("2026-01-08T09:00:00Z"), DateTimeOffset.Parse("2026-01-26T09:00:00Z")],
            items.Select(i => i.Due));
        Assert.Equal([2.0, 8.5, 10.0], items.Select(i => i.LastScore));
        Assert.Equal([1, 3, 6], items.Select(i => i.Reviews));

        // Stability is the box's interval (at least a day); it was last asked that interval before it fell due.
        Assert.Equal([1.0, 3.0, 21.0], items.Select(i => i.Stability));
        Assert.Equal([items[0].Due, items[1].Due.AddDays(-3), items[2].Due.AddDays(-21)], items.Select(i => i.LastReview));
        // Difficulty: FSRS's initial difficulty for the last score's rating.
        Assert.Equal(FsrsModel.Default.InitialDifficulty(FsrsRating.Again), items[0].Difficulty, 9);
        Assert.Equal(FsrsModel.Default.InitialDifficulty(FsrsRating.Good), items[1].Difficulty, 9);
        Assert.Equal(1.0, items[2].Difficulty);
    }

    [Fact]
    public void AConvertedScheduleIsSavedInTheNewFormAndReadsBackTheSame()
    {
        var converted = JsonSerializer.Deserialize<UserInterviewData>(LeitnerDocument, StateJson.Options)!;

        var json = JsonSerializer.Serialize(converted, StateJson.Options);
        var reread = JsonSerializer.Deserialize<UserInterviewData>(json, StateJson.Options)!;

        Assert.DoesNotContain("\"box\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stability\":21", json, StringComparison.Ordinal);
        Assert.Equal(converted.Schedule.Items, reread.Schedule.Items);
    }

    [Fact]
    public void AConvertedEntryIsScheduledByFsrsFromThen()
    {
        var schedule = JsonSerializer.Deserialize<UserInterviewData>(LeitnerDocument, StateJson.Options)!.Schedule;
        var a3 = schedule.Find("a3")!;

        var next = schedule.Record("a3", 8, a3.Due, new FsrsScheduler()).Find("a3")!;

        // Recalled at its due time, 21 days after the last review: stability grows past 21 days and so does the interval.
        Assert.Equal(7, next.Reviews);
        Assert.True(next.Stability > 21, $"stability {next.Stability}");
        Assert.True(next.Due > a3.Due.AddDays(21));
    }
}
