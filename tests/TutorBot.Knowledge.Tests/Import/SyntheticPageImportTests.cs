using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Import;

namespace TutorBot.Knowledge.Tests.Import;

public sealed class SyntheticPageImportTests
{
    private const string Page = """
        某某技术博客 - 首页
        当前位置：首页 > 面试题

        深度学习面试题整理

        Q1：什么是梯度消失？
        反向传播时梯度逐层变小，
        靠前的层几乎学不到东西。

        Q2：Dropout 有什么作用？
        训练时随机丢弃神经元，减少过拟合。步骤：
        1. 按概率 p 置零
        2. 其余激活除以 1-p

        Q3：什么是学习率预热？
        · 开始时用小学习率
        · 逐步升到目标值

        参考资料：
        - Dropout: A Simple Way to Prevent Neural Networks from Overfitting https://jmlr.org/papers/v15/srivastava14a.html
        - https://example.org/warmup

        Copyright © 2024 某某技术博客
        相关推荐：
        网站建设公司哪家好
        """;

    [Theory]
    [InlineData("Q{0}：")]
    [InlineData("{0}、")]
    [InlineData("{0}．")]
    [InlineData("问题{0}：")]
    [InlineData("{0}) ")]
    public void FindsTheQuestionsWhateverTheNumberingStyle(string style)
    {
        var text = Page.Replace("Q1：", string.Format(null, style, 1), StringComparison.Ordinal)
            .Replace("Q2：", string.Format(null, style, 2), StringComparison.Ordinal)
            .Replace("Q3：", string.Format(null, style, 3), StringComparison.Ordinal);

        var page = PageImporter.Import(PageText.FromText("page.txt", text), new ImportRequest("dl", "https://blog.example.org/interview/1"));

        Assert.True(page.Succeeded);
        Assert.Equal(["q01", "q02", "q03"], page.Drafts.Select(d => d.Entry.Id));
        Assert.Equal(["什么是梯度消失？", "Dropout 有什么作用？", "什么是学习率预热？"], page.Drafts.Select(d => d.Entry.Question));
    }

    [Fact]
    public void KeepsAnswersVerbatimWithSubListsAndBulletsAsMarkdown()
    {
        var page = PageImporter.Import(PageText.FromText("page.txt", Page), new ImportRequest("dl", "https://blog.example.org/interview/1"));

        Assert.Equal("反向传播时梯度逐层变小，\n靠前的层几乎学不到东西。", page.Drafts[0].Entry.Answer);
        Assert.Equal("训练时随机丢弃神经元，减少过拟合。步骤：\n1. 按概率 p 置零\n2. 其余激活除以 1-p", page.Drafts[1].Entry.Answer);
        Assert.Equal("- 开始时用小学习率\n- 逐步升到目标值", page.Drafts[2].Entry.Answer);
        Assert.All(page.Drafts, d => Assert.Equal(EntryStatus.Draft, d.Entry.Status));
        Assert.All(page.Drafts, d => Assert.Equal(["https://blog.example.org/interview/1"], d.Entry.Sources));
        Assert.DoesNotContain(page.Drafts, d => d.Entry.Answer.Contains("网站", StringComparison.Ordinal)
                                                || d.Entry.Answer.Contains("Copyright", StringComparison.Ordinal)
                                                || d.Entry.Answer.Contains("参考", StringComparison.Ordinal));
    }

    [Fact]
    public void AttachesAReferenceByItsTitleAndLeavesABareUrlToTheReviewer()
    {
        var page = PageImporter.Import(PageText.FromText("page.txt", Page), new ImportRequest("dl"));

        var reference = Assert.Single(page.Drafts[1].Entry.References);
        Assert.Equal(new Reference("Dropout: A Simple Way to Prevent Neural Networks from Overfitting", "https://jmlr.org/papers/v15/srivastava14a.html"), reference);
        var left = Assert.Single(page.UnattributedReferences);
        Assert.Equal("https://example.org/warmup", left.Reference.Reference.Url);
        Assert.Contains("q02..q03", left.Hint, StringComparison.Ordinal);
        Assert.Null(page.SourceUrl);
        Assert.All(page.Drafts, d => Assert.Empty(d.Entry.Sources));
    }

    [Fact]
    public void TakesThePageUrlPrintedAtTheBottomWhenNoSourceIsGiven()
    {
        var text = "1. What is a tensor?\nA multi-dimensional array.\n\n2. What is a gradient?\nThe vector of partial derivatives.\n\nhttps://notes.example.org/ml/42\n\nRelated articles:\n* Build a website fast\n";

        var page = PageImporter.Import(PageText.FromText("en.txt", text), new ImportRequest("ml"));

        Assert.Equal("https://notes.example.org/ml/42", page.SourceUrl);
        Assert.Equal("The vector of partial derivatives.", page.Drafts[1].Entry.Answer);
        Assert.Equal("q02-what-is-gradient.md", page.Drafts[1].FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A page about attention.\n\nAttention lets a model weigh its inputs.\n")]
    [InlineData("相关文章：\n1. 网站建设\n")]
    public void ReportsAPageWithoutNumberedQuestionsAsAProblem(string text)
    {
        var page = PageImporter.Import(PageText.FromText("plain.txt", text), new ImportRequest("x"));

        Assert.False(page.Succeeded);
        Assert.Empty(page.Drafts);
        var problem = Assert.Single(page.Problems);
        Assert.Equal("plain.txt", problem.File);
        Assert.Contains("no numbered questions found", problem.Message, StringComparison.Ordinal);
    }
}
