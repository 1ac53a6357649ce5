namespace TutorBot.Charts.Fonts;

/// <summary>
/// The font charts are drawn with: a <paramref name="Family"/> that draws Chinese and Latin text, found as
/// <paramref name="Source"/> says; <paramref name="Family"/> is null when none was found
/// (<see cref="ChartFontSource.None"/>), and a chart asked for in Chinese is then drawn in English rather than as
/// empty boxes.
/// <para>
/// The search, in order: <see cref="ChartOptions.FontFamily"/> when set; then the first installed of
/// <see cref="PreferredFamilies"/> (WenQuanYi Micro Hei, which Debian's <c>fonts-wqy-microhei</c> installs, then Noto
/// and Source Han Sans, then the Windows and macOS system fonts); then every family SkiaSharp's font manager lists,
/// in name order. A family counts only when it is installed under that name and has a glyph for every character of
/// <see cref="Probe"/>. ScottPlot's SkiaSharp build for Linux has no fontconfig (<c>NoDependencies</c>), so the list is
/// what it finds in the system font folders (<c>/usr/share/fonts</c>), not what <c>fc-list :lang=zh</c> would add
/// from a user's own folders.
/// </para>
/// </summary>
public sealed record ChartFont(string? Family, ChartFontSource Source)
{
    /// <summary>Characters a family must draw to be chosen: the chart's own words ("mastery", "review", "progress", digits).</summary>
    public const string Probe = "掌握度待复习学习进度最近面试平均分主题0123456789%";

    /// <summary>Known CJK families, best first.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } =
    [
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Noto Sans CJK SC",
        "Noto Sans SC",
        "Source Han Sans SC",
        "Source Han Sans CN",
        "Microsoft YaHei",
        "PingFang SC",
        "SimHei",
        "Droid Sans Fallback",
    ];

    /// <summary>True when the family draws Chinese, so a chart can be labelled in Chinese.</summary>
    public bool DrawsChinese => Family is not null;
}
