using SkiaSharp;
using TutorBot.Charts.Fonts;

namespace TutorBot.Charts.Tests.Fonts;

/// <summary>These tests need a CJK font installed (CI installs fonts-wqy-microhei).</summary>
public sealed class ChartFontTests
{
    [Fact]
    public void FindsAnInstalledFamilyWithGlyphsForTheChartsChineseWords()
    {
        var font = ChartFontFinder.Find(configured: null);

        Assert.True(font.DrawsChinese, "no CJK font found; install fonts-wqy-microhei");
        var typeface = SKFontManager.Default.MatchFamily(font.Family);
        Assert.NotNull(typeface);
        Assert.Equal(font.Family, typeface.FamilyName, ignoreCase: true);
        Assert.True(typeface.ContainsGlyphs("掌握"));
        Assert.True(typeface.ContainsGlyphs("Mastery 0123456789"));
    }

    [Fact]
    public void TakesAConfiguredFamilyOnlyWhenItIsInstalledAndDrawsChinese()
    {
        var found = ChartFontFinder.Find(configured: null);

        Assert.Equal(new ChartFont(found.Family, ChartFontSource.Configured), ChartFontFinder.Find(found.Family));
        Assert.NotEqual(ChartFontSource.Configured, ChartFontFinder.Find("No Such Font Family").Source);
        Assert.False(ChartFontFinder.DrawsChinese(SKFontManager.Default, "No Such Font Family"));
        if (NonCjkFamily() is { } latinOnly)
        {
            Assert.False(ChartFontFinder.DrawsChinese(SKFontManager.Default, latinOnly));
            Assert.NotEqual(latinOnly, ChartFontFinder.Find(latinOnly).Family);
        }
    }

    /// <summary>An installed family that draws Latin but not Chinese (DejaVu, Liberation), or null when every font draws both.</summary>
    internal static string? NonCjkFamily() =>
        SKFontManager.Default.FontFamilies.Order(StringComparer.Ordinal).FirstOrDefault(f =>
            SKFontManager.Default.MatchFamily(f) is { } t && t.ContainsGlyphs("Mastery") && !t.ContainsGlyphs("掌握"));
}
