namespace TutorBot.Charts.Fonts;

/// <summary>How the chart font was found.</summary>
public enum ChartFontSource
{
    /// <summary>The family named in <see cref="ChartOptions.FontFamily"/>.</summary>
    Configured,

    /// <summary>The first installed family of <see cref="ChartFont.PreferredFamilies"/>.</summary>
    Preferred,

    /// <summary>The first installed family, in name order, that has glyphs for <see cref="ChartFont.Probe"/>.</summary>
    Scanned,

    /// <summary>No installed font draws Chinese; charts use the default font and English labels.</summary>
    None,
}
