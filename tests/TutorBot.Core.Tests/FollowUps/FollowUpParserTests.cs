using TutorBot.Core.FollowUps;

namespace TutorBot.Core.Tests.FollowUps;

public sealed class FollowUpParserTests
{
    [Theory]
    [InlineData("why?", FollowUpKind.Why, null, null)]
    [InlineData("为什么？", FollowUpKind.Why, null, null)]
    [InlineData("那为什么呢", FollowUpKind.Why, null, null)]
    [InlineData("How come?", FollowUpKind.Why, null, null)]
    [InlineData("举个例子", FollowUpKind.Example, null, null)]
    [InlineData("for instance?", FollowUpKind.Example, null, null)]
    [InlineData("give me an example", FollowUpKind.Example, null, null)]
    [InlineData("详细一点", FollowUpKind.More, null, null)]
    [InlineData("go deeper", FollowUpKind.More, null, null)]
    [InlineData("继续", FollowUpKind.More, null, null)]
    [InlineData("what about RMSNorm?", FollowUpKind.WhatAbout, "RMSNorm", null)]
    [InlineData("那 GQA 呢", FollowUpKind.WhatAbout, "GQA", null)]
    [InlineData("compare LoRA and adapters", FollowUpKind.Compare, "LoRA", "adapters")]
    [InlineData("what is the difference between top-k and top-p", FollowUpKind.Compare, "top-k", "top-p")]
    [InlineData("RoPE 和 ALiBi 有什么区别", FollowUpKind.Compare, "RoPE", "ALiBi")]
    [InlineData("GPTQ vs AWQ", FollowUpKind.Compare, "GPTQ", "AWQ")]
    public void RecognisesEachKindInBothLanguages(string text, FollowUpKind kind, string? subject, string? other)
    {
        var request = FollowUpParser.Parse(text);

        Assert.Equal(new FollowUpRequest(kind, subject, other), request);
    }

    [Theory]
    [InlineData("Why do LLMs use decoder-only architectures?")]
    [InlineData("为什么NLP用LayerNorm而不是BatchNorm?")]
    [InlineData("What is an example of a scaling law?")]
    [InlineData("KV cache 是什么")]
    [InlineData("")]
    public void LeavesOrdinaryQuestionsAlone(string text)
    {
        Assert.Null(FollowUpParser.Parse(text));
    }
}
