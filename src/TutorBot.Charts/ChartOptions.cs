using System.ComponentModel.DataAnnotations;

namespace TutorBot.Charts;

/// <summary>How charts are drawn, section <c>Charts</c>. Every setting has a working default.</summary>
public sealed class ChartOptions
{
    public const string SectionName = "Charts";

    /// <summary>Image width in pixels.</summary>
    [Range(320, 4000)]
    public int Width { get; set; } = 800;

    /// <summary>Image height in pixels.</summary>
    [Range(240, 4000)]
    public int Height { get; set; } = 600;

    /// <summary>
    /// A font family to use before the built-in search (e.g. <c>Noto Sans CJK SC</c>); taken only when installed and
    /// able to draw Chinese. Empty: search (see <see cref="Fonts.ChartFont"/>).
    /// </summary>
    public string FontFamily { get; set; } = "";
}
