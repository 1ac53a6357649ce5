using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview.Scheduling;

public sealed class TopicMatcherTests
{
    [Theory]
    [InlineData("attention", new[] { "a1", "a2", "a3" })]
    [InlineData("注意力", new[] { "a1", "a2", "a3" })]
    [InlineData("Softmax", new[] { "a1", "s1" })]
    [InlineData("complexity", new[] { "a3" })]
    [InlineData("guitar", new string[0])]
    public void FindsTopicsByTagsInEitherLanguage(string topic, string[] expected) =>
        Assert.Equal(expected, TopicMatcher.Match(InterviewFixture.Entries, topic).Select(e => e.Id));
}
