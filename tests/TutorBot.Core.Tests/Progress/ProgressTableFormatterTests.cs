using TutorBot.Core.Progress;
using static TutorBot.Core.Tests.Progress.ProgressFixture;

namespace TutorBot.Core.Tests.Progress;

public sealed class ProgressTableFormatterTests
{
    [Fact]
    public void EnglishTableShowsDueCountsTopicsWithEntriesAndTheTrend()
    {
        var text = ProgressTableFormatter.Format(Report(), Language.English);

        Assert.Equal(
            """
            Progress · alice · 2026-03-10
            Reviews due: 1 now, 2 within 7 days
            Overall mastery: 30% (3 of 6 entries asked)

            Topic                       Asked/entries  Mastery
            Attention and its variants            2/3  █████░░░░░  50%
            RAG and agents                        1/2  ██░░░░░░░░  15%

            Recent interviews, mean score (oldest first)
              2026-03-05  4.0/10 (3 questions)
              2026-03-08  7.0/10 (2 questions)

            """.ReplaceLineEndings("\n"),
            text);
        Assert.DoesNotContain("Mixture of experts", text);
    }

    [Fact]
    public void ChineseTableUsesChineseWordsAndAlignsWideCharacters()
    {
        var text = ProgressTableFormatter.Format(Report(), Language.Chinese);

        Assert.Equal(
            """
            学习进度 · alice · 2026-03-10
            待复习：现在 1 条，7 天内 2 条
            总体掌握度：30%（已问 3/6 条）

            主题              已问/条目  掌握度
            注意力机制与变体        2/3  █████░░░░░  50%
            检索增强与智能体        1/2  ██░░░░░░░░  15%

            最近面试的平均分（由旧到新）
              2026-03-05  4.0/10（3 题）
              2026-03-08  7.0/10（2 题）

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void SaysSoWhenThereIsNothingToShow()
    {
        var report = ProgressReportBuilder.Build("bob", [], Curriculum, _ => null, _ => null, Now, []);

        var zh = ProgressTableFormatter.Format(report, Language.Chinese);
        var en = ProgressTableFormatter.Format(report, Language.English);

        Assert.Contains("还没有完成的模拟面试。", zh);
        Assert.Contains("知识库里还没有带主题的条目。", zh);
        Assert.Contains("No finished mock interviews yet.", en);
        Assert.Contains("Reviews due: 0 now, 0 within 7 days", en);
    }
}
