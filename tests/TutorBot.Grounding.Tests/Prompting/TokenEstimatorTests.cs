using TutorBot.Grounding.Prompting;

namespace TutorBot.Grounding.Tests.Prompting;

public sealed class TokenEstimatorTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("注意力", 3)]
    [InlineData("abcd", 1)]
    [InlineData("abcde", 2)]
    [InlineData("Softmax梯度", 2 + 2)]
    [InlineData("（，）", 3)]
    public void CountsCjkCharactersAsOneTokenAndOtherTextByFours(string text, int expected) =>
        Assert.Equal(expected, TokenEstimator.Estimate(text));
}
