using ScottPlot;

namespace TutorBot.Charts.Progress;

/// <summary>The colours of the progress chart: mastery in three bands, one accent for lines and counts.</summary>
internal static class ChartPalette
{
    public static readonly Color Weak = Color.FromHex("#D95F4B");
    public static readonly Color Fair = Color.FromHex("#E8A33D");
    public static readonly Color Strong = Color.FromHex("#4A9D6B");
    public static readonly Color Accent = Color.FromHex("#3B6FB6");
    public static readonly Color Muted = Color.FromHex("#8A94A6");
    public static readonly Color Text = Color.FromHex("#222831");
    public static readonly Color Subtle = Color.FromHex("#5A6373");
    public static readonly Color Grid = Color.FromHex("#E6E9EF");

    /// <summary>Below 40 % weak, below 70 % fair, else strong.</summary>
    public static Color ForMastery(double mastery) => mastery switch
    {
        < 0.4 => Weak,
        < 0.7 => Fair,
        _ => Strong,
    };
}
