using System.Text.Json;
using TutorBot.Core.Progress;
using static TutorBot.Core.Tests.Progress.ProgressFixture;

namespace TutorBot.Core.Tests.Progress;

public sealed class ProgressJsonTests
{
    [Fact]
    public void WritesExactlyTheAgreedPropertyNames()
    {
        using var json = JsonDocument.Parse(ProgressJson.Serialize(Report()));
        var root = json.RootElement;

        Assert.Equal(["user", "due_now", "due_week", "topics"], root.EnumerateObject().Select(p => p.Name));
        Assert.All(root.GetProperty("topics").EnumerateArray(), topic =>
            Assert.Equal(["topic", "entries", "asked", "mastery"], topic.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void WritesTheReportsValuesWithMasteryBetweenZeroAndOne()
    {
        var text = ProgressJson.Serialize(Report());

        Assert.Equal(
            """{"user":"alice","due_now":1,"due_week":2,"topics":[{"topic":"attention","entries":3,"asked":2,"mastery":0.5},{"topic":"rag-agents","entries":2,"asked":1,"mastery":0.15},{"topic":"moe","entries":0,"asked":0,"mastery":0}]}""",
            text);
    }

    [Fact]
    public void RoundTripsThroughTheDocumentRecord()
    {
        var indented = ProgressJson.Serialize(Report(), indented: true);

        var document = JsonSerializer.Deserialize<ProgressJsonDocument>(indented)!;

        Assert.Equal(ProgressJson.ToDocument(Report()).Topics, document.Topics);
        Assert.Equal(("alice", 1, 2), (document.User, document.DueNow, document.DueWeek));
        Assert.Contains('\n', indented);
    }
}
