using TutorBot.Core.Interview.Intents;

namespace TutorBot.Core.Tests.Interview;

public sealed class RealQuestionDetectorTests
{
    [Theory]
    [InlineData("what is softmax?")]
    [InlineData("Why do we need LayerNorm?")]
    [InlineData("什么是softmax？")]
    [InlineData("KL散度是什么？")]
    [InlineData("为什么要用多头注意力")]
    [InlineData("请问交叉熵是什么意思呢")]
    public void RecognisesTheUsersOwnQuestions(string text) => Assert.True(RealQuestionDetector.IsQuestion(text));

    [Theory]
    [InlineData("because the dot products grow with the dimension?")]
    [InlineData("点积会随维度变大，所以要缩放。")]
    [InlineData("Multiple heads capture different subspaces.")]
    [InlineData("")]
    public void LeavesAnswersAlone(string text) => Assert.False(RealQuestionDetector.IsQuestion(text));
}
