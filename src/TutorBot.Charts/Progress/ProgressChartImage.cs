using TutorBot.Core;

namespace TutorBot.Charts.Progress;

/// <summary>
/// A drawn progress chart: the PNG bytes, its size in pixels and the <paramref name="Language"/> its labels are in,
/// which is English when Chinese was asked for but no installed font draws it (see <see cref="Fonts.ChartFont"/>).
/// </summary>
public sealed record ProgressChartImage(byte[] Png, int Width, int Height, Language Language);
