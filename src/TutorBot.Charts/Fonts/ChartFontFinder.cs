using SkiaSharp;

namespace TutorBot.Charts.Fonts;

/// <summary>Finds the <see cref="ChartFont"/> through SkiaSharp's font manager, in the order that record documents.</summary>
internal static class ChartFontFinder
{
    public static ChartFont Find(string? configured) => Find(configured, SKFontManager.Default);

    public static ChartFont Find(string? configured, SKFontManager fonts)
    {
        if (!string.IsNullOrWhiteSpace(configured) && DrawsChinese(fonts, configured.Trim()))
        {
            return new ChartFont(configured.Trim(), ChartFontSource.Configured);
        }

        if (ChartFont.PreferredFamilies.FirstOrDefault(f => DrawsChinese(fonts, f)) is { } preferred)
        {
            return new ChartFont(preferred, ChartFontSource.Preferred);
        }

        var scanned = fonts.FontFamilies.Order(StringComparer.Ordinal).FirstOrDefault(f => DrawsChinese(fonts, f));
        return scanned is null ? new ChartFont(null, ChartFontSource.None) : new ChartFont(scanned, ChartFontSource.Scanned);
    }

    /// <summary>
    /// True when <paramref name="family"/> is installed under that very name (the font manager answers null, or
    /// another family, for a missing one) and has a glyph for every character of <paramref name="text"/>.
    /// </summary>
    public static bool DrawsChinese(SKFontManager fonts, string family, string text = ChartFont.Probe)
    {
        // Not disposed: SkiaSharp may hand the same managed typeface to ScottPlot later.
        var typeface = fonts.MatchFamily(family);
        return typeface is not null
            && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)
            && typeface.ContainsGlyphs(text);
    }
}
