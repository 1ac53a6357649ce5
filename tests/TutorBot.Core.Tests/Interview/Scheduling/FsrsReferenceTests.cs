using System.Text.Json;
using TutorBot.Core.Interview.Scheduling.Fsrs;
using TutorBot.Tests.Shared;

namespace TutorBot.Core.Tests.Interview.Scheduling;

/// <summary>
/// Holds TutorBot's FSRS-6 to the reference implementation: TestData/Fsrs/ts-fsrs-reference.json holds what ts-fsrs
/// 5.4.2 computed for the same review histories (generate.mjs beside it says how it was made). Only the JSON is read.
/// </summary>
public sealed class FsrsReferenceTests
{
    // ts-fsrs rounds every stability, difficulty and recall to 8 decimals along the way; nothing else should differ.
    private const double Relative = 1e-6;

    private static readonly Lazy<Reference> Fixture = new(Load);

    public static TheoryData<string> Histories => [.. Fixture.Value.Histories.Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(Histories))]
    public void MatchesTsFsrsReviewByReview(string name)
    {
        var history = Fixture.Value.Histories.Single(h => h.Name == name);
        var scheduler = new FsrsScheduler(history.DesiredRetention, history.MaximumIntervalDays);
        MemoryState? memory = null;
        DateTimeOffset? last = null;

        foreach (var (expected, i) in history.Reviews.Select((r, i) => (r, i)))
        {
            var review = scheduler.Review(memory, last, expected.At, (FsrsRating)expected.Rating);

            var where = $"{name}, review {i + 1}";
            Assert.True(expected.ElapsedDays == review.ElapsedDays, $"{where}: elapsed {review.ElapsedDays}, reference {expected.ElapsedDays}");
            if (memory is not null && expected.RecallBefore is { } recall)
            {
                AssertClose(recall, scheduler.Model.Retrievability(review.ElapsedDays, memory.Stability), $"{where}: recall");
            }

            AssertClose(expected.Stability, review.Memory.Stability, $"{where}: stability");
            AssertClose(expected.Difficulty, review.Memory.Difficulty, $"{where}: difficulty");
            Assert.True(expected.IntervalDays == review.IntervalDays, $"{where}: interval {review.IntervalDays} days, reference {expected.IntervalDays}");
            Assert.Equal(expected.Due, review.Due);
            (memory, last) = (review.Memory, expected.At);
        }
    }

    [Fact]
    public void TheFixtureCoversLapsesSameDayReviewsLongGapsAndAnotherRetention()
    {
        var histories = Fixture.Value.Histories;
        var reviews = histories.SelectMany(h => h.Reviews.Skip(1)).ToList();

        Assert.True(histories.Count >= 12, $"{histories.Count} histories");
        Assert.Contains(reviews, r => r.Rating == (int)FsrsRating.Again && r.ElapsedDays > 0);
        Assert.Contains(reviews, r => r.Rating == (int)FsrsRating.Again && r.ElapsedDays == 0);
        Assert.Contains(reviews, r => r.Rating >= (int)FsrsRating.Hard && r.ElapsedDays == 0);
        Assert.Contains(reviews, r => r.ElapsedDays > 300);
        Assert.Contains(histories, h => h.DesiredRetention == 0.8);
        Assert.All(Enum.GetValues<FsrsRating>(), rating => Assert.Contains(histories, h => h.Reviews.All(r => r.Rating == (int)rating)));
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Max(Math.Abs(expected), 1e-3), $"{what}: {actual}, reference {expected}");

    private static Reference Load()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "tests", "TutorBot.Core.Tests", "TestData", "Fsrs", "ts-fsrs-reference.json");
        return JsonSerializer.Deserialize<Reference>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{path} is empty");
    }

    private sealed record Reference(IReadOnlyList<History> Histories);

    private sealed record History(string Name, double DesiredRetention, int MaximumIntervalDays, IReadOnlyList<Review> Reviews);

    private sealed record Review(DateTimeOffset At, int Rating, int ElapsedDays, double? RecallBefore, double Stability, double Difficulty, int IntervalDays, DateTimeOffset Due);
}
