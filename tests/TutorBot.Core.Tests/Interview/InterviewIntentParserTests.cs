using TutorBot.Core.Interview.Intents;

namespace TutorBot.Core.Tests.Interview;

public sealed class InterviewIntentParserTests
{
    [Theory]
    [InlineData("mock interview", null, null)]
    [InlineData("Mock interview on attention, 3 questions", "attention", 3)]
    [InlineData("let's do a mock interview about softmax", "softmax", null)]
    [InlineData("模拟面试", null, null)]
    [InlineData("模拟面试 注意力 3题", "注意力", 3)]
    [InlineData("来一场关于注意力的模拟面试，三道题", null, 3)]
    [InlineData("模拟面试：归一化 五题", "归一化", 5)]
    [InlineData("/interview", null, null)]
    [InlineData("/interview attention 3", "attention", 3)]
    [InlineData("/interview multi-head attention", "multi-head attention", null)]
    [InlineData("mock interview, 10 questions", null, 10)]
    [InlineData("/interview fp16", "fp16", null)]
    [InlineData("模拟面试 注意力3题", "注意力", 3)]
    [InlineData("mock interview on Mixture of Experts, 3 questions", "mixture of experts", 3)]
    [InlineData("mock interview about the attention mechanism please", "attention mechanism", null)]
    public void ParsesStartsWithTopicAndCount(string text, string? topic, int? count)
    {
        var intent = InterviewIntentParser.Parse(text);

        Assert.Equal(InterviewIntentKind.Start, intent.Kind);
        Assert.Equal(topic, intent.Topic);
        Assert.Equal(count, intent.Count);
    }

    [Theory]
    [InlineData("hint", InterviewIntentKind.Hint)]
    [InlineData("提示", InterviewIntentKind.Hint)]
    [InlineData("/hint", InterviewIntentKind.Hint)]
    [InlineData("Skip", InterviewIntentKind.Skip)]
    [InlineData("跳过", InterviewIntentKind.Skip)]
    [InlineData("repeat", InterviewIntentKind.Repeat)]
    [InlineData("再说一遍", InterviewIntentKind.Repeat)]
    [InlineData("stop", InterviewIntentKind.Stop)]
    [InlineData("结束面试", InterviewIntentKind.Stop)]
    [InlineData("/stop", InterviewIntentKind.Stop)]
    [InlineData("yes", InterviewIntentKind.Yes)]
    [InlineData("继续", InterviewIntentKind.Yes)]
    [InlineData("否", InterviewIntentKind.No)]
    public void ParsesCommandsInBothLanguages(string text, InterviewIntentKind kind) =>
        Assert.Equal(kind, InterviewIntentParser.Parse(text).Kind);

    [Theory]
    [InlineData("I would skip the normalisation and scale the dot product instead")]
    [InlineData("因为点积太大，需要提示模型缩放")]
    [InlineData("")]
    [InlineData("what is softmax?")]
    public void TakesEverythingElseAsTheAnswer(string text) =>
        Assert.Equal(InterviewIntentKind.Answer, InterviewIntentParser.Parse(text).Kind);
}
