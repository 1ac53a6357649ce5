using TutorBot.Core.Answering;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Answering;

/// <summary>Follow-up questions without an LLM keep the previous topic.</summary>
public sealed class ConversationTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    [Theory]
    [InlineData("为什么？")]
    [InlineData("举个例子")]
    [InlineData("why?")]
    [InlineData("give an example")]
    public async Task AnswersAFollowUpOnTheSameTopic(string followUp)
    {
        var conversation = new Conversation(kb.Tutor());
        await conversation.AskAsync("Attention为何除以√d?", CancellationToken.None);

        var answer = await conversation.AskAsync(followUp, CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Equal("q13", answer.Citations[0].EntryId);
        Assert.Equal(2, conversation.Turns.Count);
    }

    [Fact]
    public async Task TreatsANewFullQuestionAsANewTopic()
    {
        var conversation = new Conversation(kb.Tutor());
        await conversation.AskAsync("Attention为何除以√d?", CancellationToken.None);

        var answer = await conversation.AskAsync("交叉熵和KL散度是什么关系", CancellationToken.None);

        Assert.Equal("q15", answer.Citations[0].EntryId);
    }

    [Theory]
    [InlineData("Why do most LLMs use a decoder-only architecture?", "q12")]
    [InlineData("为什么NLP里用LayerNorm不用BatchNorm", "q03")]
    public async Task TreatsAQuestionStartingWithWhyAsANewTopicWhenItFindsItsEntryAlone(string text, string expected)
    {
        var conversation = new Conversation(kb.Tutor());
        await conversation.AskAsync("RLHF 的训练流程是怎样的?", CancellationToken.None);

        var answer = await conversation.AskAsync(text, CancellationToken.None);

        Assert.Equal([expected], answer.Citations.Select(c => c.EntryId));
    }

    [Fact]
    public async Task KeepsOnlyTheLastTurns()
    {
        var conversation = new Conversation(kb.Tutor(), maxTurns: 2);
        foreach (var text in new[] { "KL散度怎么理解", "为什么？", "Attention为何除以√d?" })
        {
            await conversation.AskAsync(text, CancellationToken.None);
        }

        Assert.Equal(["为什么？", "Attention为何除以√d?"], conversation.Turns.Select(t => t.Question));
    }

    [Theory]
    [InlineData("为什么？", true)]
    [InlineData("举个例子", true)]
    [InlineData("Why?", true)]
    [InlineData("give me an example please", true)]
    [InlineData("what about layer norm", true)]
    [InlineData("交叉熵和KL散度是什么关系", false)]
    [InlineData("How does RLHF train a large language model step by step?", false)]
    [InlineData("why is that?", true)]
    [InlineData("那BatchNorm呢", true)]
    [InlineData("Why is the sky blue?", false)]
    [InlineData("今天天气怎么样", false)]
    public void RecognisesReferentialFollowUps(string text, bool expected) =>
        Assert.Equal(expected, FollowUpQuery.IsReferential(text));

    [Theory]
    [InlineData("今天天气怎么样")]
    [InlineData("Why is the sky blue?")]
    public async Task DeclinesAnOutOfDomainQuestionAfterACoveredOne(string text)
    {
        var conversation = new Conversation(kb.Tutor());
        await conversation.AskAsync("What is the difference between cross entropy and KL divergence?", CancellationToken.None);

        var answer = await conversation.AskAsync(text, CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void CombinesAFollowUpWithThePreviousTopic()
    {
        var question = new Question("为什么？", [new Turn("Attention为何除以√d?", "…") { Topic = "Attention为何除以√d?" }]);

        Assert.Equal("Attention为何除以√d? 为什么？", FollowUpQuery.Build(question));
    }
}
