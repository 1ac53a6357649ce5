using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;
using TutorBot.Grounding.Prompting;

namespace TutorBot.Grounding.Tests.Prompting;

public sealed class AnswerPromptBuilderTests
{
    private static readonly KnowledgeEntry[] Candidates =
    [
        Entry("q01", "第一条", new string('甲', 300)),
        Entry("q02", "第二条", new string('乙', 300)),
        Entry("q03", "第三条", new string('丙', 300)),
    ];

    [Fact]
    public void KeepsAllPassagesWhenTheBudgetAllows()
    {
        var prompt = new AnswerPromptBuilder(5000).Build(Question.Ask("问题"), Candidates);

        Assert.Equal(["q01", "q02", "q03"], prompt.Passages.Select(p => p.Id));
        Assert.Contains("<passage n=\"3\" id=\"q03\"", prompt.User);
    }

    [Fact]
    public void TrimsPassagesToTheTokenBudgetBestFirst()
    {
        var full = new AnswerPromptBuilder(5000).Build(Question.Ask("问题"), Candidates);
        var budget = full.EstimatedTokens - 200;

        var prompt = new AnswerPromptBuilder(budget).Build(Question.Ask("问题"), Candidates);

        Assert.Equal(["q01", "q02"], prompt.Passages.Select(p => p.Id));
        Assert.DoesNotContain("丙", prompt.User);
        Assert.True(prompt.EstimatedTokens <= budget, $"{prompt.EstimatedTokens} > {budget}");
    }

    [Fact]
    public void CutsTheBestPassageWhenEvenItDoesNotFit()
    {
        var prompt = new AnswerPromptBuilder(600).Build(Question.Ask("问题"), Candidates);

        Assert.Equal("q01", Assert.Single(prompt.Passages).Id);
        Assert.Contains("…", prompt.User);
        Assert.True(prompt.EstimatedTokens <= 620, $"{prompt.EstimatedTokens}");
    }

    [Fact]
    public void MarksAnIncompletePassage()
    {
        var entry = Entry("q11", "大模型幻觉如何缓解?", "可以采取以下方法:") with { Status = EntryStatus.Incomplete };

        var prompt = new AnswerPromptBuilder(3000).Build(Question.Ask("幻觉"), [entry]);

        Assert.Contains("status=\"incomplete\"", prompt.User);
        Assert.Contains("do not fill the gap", prompt.System);
    }

    [Fact]
    public void IncludesTheConversationForFollowUps()
    {
        var question = new Question("为什么？", [new Turn("Attention为何除以√d?", "点积结果随维度d增大 [1]")]);

        var prompt = new AnswerPromptBuilder(3000).Build(question, Candidates);

        Assert.Contains("<conversation>\nUser: Attention为何除以√d?", prompt.User);
    }

    private static KnowledgeEntry Entry(string id, string question, string answer) =>
        new() { Id = id, Pack = "test", Question = question, Answer = answer };
}
