namespace TutorBot.Core.Tests;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("为什么NLP用LayerNorm?", Language.Chinese)]
    [InlineData("Why LayerNorm?", Language.English)]
    [InlineData("", Language.English)]
    [InlineData("KL散度", Language.Chinese)]
    public void DetectsChineseByHanCharacters(string text, Language expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}
