using TutorBot.Core.Interview;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Interview;

/// <summary>Interviews by syllabus topic and the topic list, on the real curriculum.</summary>
public sealed class SyllabusInterviewTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    [Fact]
    public async Task EveryTopicCanBeInterviewedOnByItsEnglishOrChineseName()
    {
        var topics = kb.Entries.Select(e => e.Topic).OfType<SyllabusTopic>().DistinctBy(t => t.Id).ToList();
        Assert.Equal(16, topics.Count);

        foreach (var topic in topics)
        {
            foreach (var message in new[] { $"mock interview on {topic.Name.En}, 3 questions", $"模拟面试 {topic.Name.Zh} 3题" })
            {
                var reply = await Engine().HandleAsync(InterviewFixture.Fresh(), message, CancellationToken.None);

                Assert.True(reply.Kind == InterviewReplyKind.Question, $"{message}: {reply.Kind}");
                Assert.Equal(3, reply.State!.QuestionIds.Count);
                Assert.All(reply.State.QuestionIds, id => Assert.Equal(topic.Id, kb.Entry(id).Topic?.Id));
            }
        }
    }

    [Theory]
    [InlineData("mock interview on RAG", "rag-agents")]
    [InlineData("模拟面试 位置编码", "positional-encoding")]
    [InlineData("/interview RoPE", "positional-encoding")]
    [InlineData("mock interview on MoE, 2 questions", "moe")]
    public async Task FindsTheTopicByAnAlias(string message, string topic)
    {
        var reply = await Engine().HandleAsync(InterviewFixture.Fresh(), message, CancellationToken.None);

        Assert.All(reply.State!.QuestionIds, id => Assert.Equal(topic, kb.Entry(id).Topic?.Id));
    }

    [Theory]
    [InlineData("topics", Language.English)]
    [InlineData("有哪些主题", Language.Chinese)]
    public async Task ListsTheSyllabusTopicsInOrderWithTheirQuestionCounts(string message, Language language)
    {
        var reply = await Engine().HandleAsync(InterviewFixture.Fresh(), message, CancellationToken.None);

        Assert.Equal(InterviewReplyKind.Topics, reply.Kind);
        Assert.Equal(language, reply.Language);
        Assert.Equal(16, reply.Topics.Count);
        Assert.Equal(reply.Topics.OrderBy(t => t.Topic.Order).Select(t => t.Topic.Id), reply.Topics.Select(t => t.Topic.Id));
        Assert.Equal(kb.Entries.Count(e => e.Status == EntryStatus.Complete), reply.Topics.Sum(t => t.Questions));
        Assert.Null(reply.State);
    }

    private InterviewEngine Engine()
    {
        var options = new InterviewOptions();
        var fixture = new InterviewFixture();
        return new InterviewEngine(new InterviewQuestions(new InterviewFixture.FixedSource(kb.Entries), options), kb.Search,
            kb.Tutor(), fixture.Grader, options, fixture.Clock, new Random(3));
    }
}
