using TutorBot.Core.Interview.Grading;

namespace TutorBot.Core.Tests.Interview;

public sealed class KeyPointExtractorTests
{
    [Fact]
    public void CutsAOneSentenceAnswerIntoClauses()
    {
        var points = KeyPointExtractor.Extract("为了捕捉不同子空间的语义信息,每个头关注不同的方面,增强模型的表达能力");

        Assert.Equal(["为了捕捉不同子空间的语义信息,", "每个头关注不同的方面,", "增强模型的表达能力"], points.Select(p => p.Text));
        Assert.Equal([0, 1, 2], points.Select(p => p.Index));
    }

    [Fact]
    public void DropsHeadingsAndListMarkersAndKeepsTheWordsVerbatim()
    {
        var points = KeyPointExtractor.Extract("问题描述:\n\n上溢出:y=e^x中,x很大就会溢出;\n\n解决方法:\n\n- x同时减去x_max,即可解决。\n\na. Q和K点积的复杂度是O(n2d)");

        Assert.Equal(["上溢出:y=e^x中,x很大就会溢出;", "x同时减去x_max,即可解决。", "Q和K点积的复杂度是O(n2d)"], points.Select(p => p.Text));
    }

    [Fact]
    public void SplitsLongLinesIntoSentencesAndDropsAnInnerHeading()
    {
        var points = KeyPointExtractor.Extract("RLHF 是一种结合强化学习(RL)人类反馈(HF)的 AI 训练方法,能够有效提升 AI 生成文本的质量。其核心步骤包括:\n\n监督微调(SFT):训练初始模型。");

        Assert.Equal(["RLHF 是一种结合强化学习(RL)人类反馈(HF)的 AI 训练方法,能够有效提升 AI 生成文本的质量。", "监督微调(SFT):训练初始模型。"], points.Select(p => p.Text));
    }

    [Fact]
    public void KeepsAFormulaWholeAndGivesNothingForAnEmptyAnswer()
    {
        Assert.Equal(["KL散度=交叉熵-熵"], KeyPointExtractor.Extract("KL散度=交叉熵-熵").Select(p => p.Text));
        Assert.Empty(KeyPointExtractor.Extract("  \n "));
    }
}
