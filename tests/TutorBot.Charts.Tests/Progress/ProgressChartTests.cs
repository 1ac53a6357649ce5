using Microsoft.Extensions.Logging;
using TutorBot.Charts.Fonts;
using TutorBot.Charts.Progress;
using TutorBot.Charts.Tests.Fonts;
using TutorBot.Charts.Tests.TestSupport;
using TutorBot.Core;

namespace TutorBot.Charts.Tests.Progress;

public sealed class ProgressChartTests
{
    private static readonly ProgressChart Chart = new(new ChartOptions());

    [Fact]
    public void DrawsAPngOfTheConfiguredSize()
    {
        var image = new ProgressChart(new ChartOptions { Width = 640, Height = 480 }).Render(SampleReports.Report(), Language.English);

        Assert.True(Png.HasSignature(image.Png));
        Assert.Equal((640, 480), Png.Size(image.Png));
        Assert.Equal((640, 480), (image.Width, image.Height));
        Assert.InRange(image.Png.Length, 5_000, 1_000_000);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void DrawsTheReportInEitherLanguage(Language language)
    {
        var image = Chart.Render(SampleReports.Report(), language);

        Assert.Equal(language, image.Language);
        Assert.True(Png.HasSignature(image.Png));
        Assert.Equal((800, 600), Png.Size(image.Png));
    }

    [Fact]
    public void ChineseAndEnglishChartsDiffer()
    {
        var report = SampleReports.Report();

        Assert.NotEqual(Chart.Render(report, Language.Chinese).Png, Chart.Render(report, Language.English).Png);
    }

    /// <summary>
    /// Real glyphs, not boxes: two reports that differ only in their Chinese topic names (same lengths) give different
    /// images. A font without Chinese glyphs draws every such character as the same box, so the images would be equal;
    /// the second half shows that this check fails with such a font.
    /// </summary>
    [Fact]
    public void ChineseTopicNamesAreDrawnAsGlyphsNotBoxes()
    {
        var first = SampleReports.Report(("注意力机制", "A"), ("位置编码", "B"), ("检索增强", "C"), ("混合专家", "D"));
        var second = SampleReports.Report(("分布式训练", "A"), ("解码策略", "B"), ("幻觉安全", "C"), ("混合专家", "D"));

        Assert.True(Chart.Font.DrawsChinese, "no CJK font found; install fonts-wqy-microhei");
        Assert.NotEqual(Chart.Render(first, Language.Chinese).Png, Chart.Render(second, Language.Chinese).Png);

        if (ChartFontTests.NonCjkFamily() is { } latinOnly)
        {
            var tofu = new ProgressChart(new ChartOptions(), new ChartFont(latinOnly, ChartFontSource.Configured));
            Assert.Equal(tofu.Render(first, Language.Chinese).Png, tofu.Render(second, Language.Chinese).Png);
        }
    }

    [Fact]
    public void WithoutAChineseFontAChineseChartIsDrawnInEnglishAndSaysSo()
    {
        var logger = new ListLogger<ProgressChart>();
        var chart = new ProgressChart(new ChartOptions(), new ChartFont(null, ChartFontSource.None), logger);
        var report = SampleReports.Report();

        var asked = chart.Render(report, Language.Chinese);

        Assert.Equal(Language.English, asked.Language);
        Assert.Equal(chart.Render(report, Language.English).Png, asked.Png);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("English", StringComparison.Ordinal));
    }

    [Fact]
    public void DrawsAReportWithNothingInIt()
    {
        var empty = SampleReports.Report() with { Topics = [], Trend = [], DueNow = 0, DueWithinWeek = 0 };

        var image = Chart.Render(empty, Language.Chinese);

        Assert.Equal((800, 600), Png.Size(image.Png));
    }
}
