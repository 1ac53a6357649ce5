using TutorBot.Core.Answering;

namespace TutorBot.Core.Tests.Answering;

public sealed class StreamingCitationFilterTests
{
    [Fact]
    public void HoldsASplitMarkerUntilItClosesAndDropsUnknownNumbers()
    {
        var filter = new StreamingCitationFilter(passageCount: 2, sentinel: "NOT_FOUND");

        var shown = string.Concat(new[] { "Scaling keeps", " softmax stable [", "1", "] and more [", "7]." }.Select(filter.Push)) + filter.Flush();

        Assert.Equal("Scaling keeps softmax stable [1] and more.", shown);
    }

    [Fact]
    public void ShowsNothingWhenTheReplyIsTheSentinel()
    {
        var filter = new StreamingCitationFilter(passageCount: 2, sentinel: "NOT_FOUND");

        var shown = string.Concat(new[] { "NOT", "_FO", "UND" }.Select(filter.Push)) + filter.Flush();

        Assert.Equal("", shown);
        Assert.Equal("NOT_FOUND", filter.Raw);
    }

    [Fact]
    public void ReleasesTextThatMerelyStartsLikeTheSentinel()
    {
        var filter = new StreamingCitationFilter(passageCount: 1, sentinel: "NOT_FOUND");

        var shown = filter.Push("NO") + filter.Push("rmalisation [1]") + filter.Flush();

        Assert.Equal("NOrmalisation [1]", shown);
    }
}
