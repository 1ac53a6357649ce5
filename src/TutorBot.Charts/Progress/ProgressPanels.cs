using System.Globalization;
using ScottPlot;
using SkiaSharp;
using TutorBot.Core;
using TutorBot.Core.Progress;

namespace TutorBot.Charts.Progress;

/// <summary>The three plots of the progress chart, each drawn in its own rectangle by <see cref="ProgressChart"/>.</summary>
internal static class ProgressPanels
{
    private const float TopicFontSize = 12;

    /// <summary>Horizontal bars, first syllabus topic on top: mastery in percent, "asked/entries · percent" beside each bar.</summary>
    public static Plot Mastery(ProgressReport report, Language l, string font, float maxLabelWidth)
    {
        var plot = NewPlot(font, ProgressTexts.MasteryByTopic.In(l));
        var topics = report.TopicsWithEntries;
        if (topics.Count == 0)
        {
            return Empty(plot, ProgressTexts.NoEntries.In(l));
        }

        var bars = topics.Select((t, i) => new Bar
        {
            Position = topics.Count - 1 - i,
            Value = t.Mastery * 100,
            FillColor = ChartPalette.ForMastery(t.Mastery),
            LineColor = Colors.Transparent,
            Size = 0.68,
            Label = string.Create(CultureInfo.InvariantCulture, $"{t.Asked}/{t.Entries} · {ProgressTexts.Percent(t.Mastery)}"),
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 11;
        barPlot.ValueLabelStyle.ForeColor = ChartPalette.Text;

        plot.Axes.Left.SetTicks(
            bars.Select(b => b.Position).ToArray(),
            topics.Select(t => Fit(t.Name.In(l), font, TopicFontSize, maxLabelWidth)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = TopicFontSize;
        plot.Axes.Bottom.SetTicks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"]);
        // Room on the right for the widest "asked/entries · percent" label after a full bar.
        plot.Axes.SetLimits(0, 128, -0.6, topics.Count - 0.4);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.Bottom.Label.Text = ProgressTexts.MasteryHeader.In(l);
        plot.Axes.Bottom.Label.FontSize = 12;
        return plot;
    }

    /// <summary>Mean score per session, oldest left, dates under the points, 0 to 10.</summary>
    public static Plot Trend(ProgressReport report, Language l, string font)
    {
        var plot = NewPlot(font, ProgressTexts.TrendChartTitle.In(l));
        var trend = report.Trend;
        if (trend.Count == 0)
        {
            return Empty(plot, ProgressTexts.NoSessions.In(l));
        }

        double[] xs = [.. Enumerable.Range(1, trend.Count).Select(i => (double)i)];
        double[] ys = [.. trend.Select(s => Math.Round(s.MeanScore, 1))];
        var line = plot.Add.Scatter(xs, ys, ChartPalette.Accent);
        line.LineWidth = 2;
        line.MarkerSize = 7;
        for (var i = 0; i < xs.Length; i++)
        {
            var label = plot.Add.Text(ys[i].ToString("0.0", CultureInfo.InvariantCulture), xs[i], ys[i]);
            label.LabelFontSize = 10;
            label.LabelFontColor = ChartPalette.Text;
            label.LabelAlignment = Alignment.LowerCenter;
            label.OffsetY = -6;
        }

        // At most about six date ticks, so they never overlap.
        var step = (int)Math.Ceiling(trend.Count / 6.0);
        var ticks = Enumerable.Range(0, trend.Count).Where(i => i % step == 0 || i == trend.Count - 1).ToList();
        plot.Axes.Bottom.SetTicks(
            [.. ticks.Select(i => xs[i])],
            [.. ticks.Select(i => trend[i].CompletedAt.ToString("MM-dd", CultureInfo.InvariantCulture))]);
        plot.Axes.Left.SetTicks([0, 2, 4, 6, 8, 10], ["0", "2", "4", "6", "8", "10"]);
        plot.Axes.SetLimits(0.5, trend.Count + 0.5, 0, 11.5);
        return plot;
    }

    /// <summary>Two bars: reviews due now and within 7 days (overdue included), counts on top.</summary>
    public static Plot Due(ProgressReport report, Language l, string font)
    {
        var plot = NewPlot(font, ProgressTexts.DueChartTitle.In(l));
        Bar[] bars =
        [
            new() { Position = 0, Value = report.DueNow, FillColor = ChartPalette.Accent, LineColor = Colors.Transparent, Size = 0.55, Label = Count(report.DueNow) },
            new() { Position = 1, Value = report.DueWithinWeek, FillColor = ChartPalette.Muted, LineColor = Colors.Transparent, Size = 0.55, Label = Count(report.DueWithinWeek) },
        ];
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontSize = 13;
        barPlot.ValueLabelStyle.Bold = true;
        barPlot.ValueLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Bottom.SetTicks([0, 1], [ProgressTexts.DueNowLabel.In(l), ProgressTexts.DueWeekLabel.In(l)]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        var top = Math.Max(4, Math.Max(report.DueNow, report.DueWithinWeek) * 1.3);
        plot.Axes.SetLimits(-0.6, 1.6, 0, top);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, TargetTickCount = 4 };
        plot.Grid.XAxisStyle.IsVisible = false;
        return plot;
    }

    private static Plot NewPlot(string font, string title)
    {
        var plot = new Plot();
        plot.Font.Set(font);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Axes.Color(ChartPalette.Text);
        // A zero-width line is still a hairline in Skia: hide the right and top frame by colour.
        plot.Axes.Right.FrameLineStyle.Color = Colors.Transparent;
        plot.Axes.Top.FrameLineStyle.Color = Colors.Transparent;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 14;
        plot.Axes.Title.Label.Bold = false;
        return plot;
    }

    private static Plot Empty(Plot plot, string message)
    {
        var text = plot.Add.Text(message, 0.5, 0.5);
        text.LabelFontSize = 13;
        text.LabelFontColor = ChartPalette.Muted;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Left.FrameLineStyle.Color = Colors.Transparent;
        plot.Axes.Bottom.FrameLineStyle.Color = Colors.Transparent;
        plot.HideGrid();
        return plot;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="maxWidth"/> pixels, ending in "…" when cut.</summary>
    internal static string Fit(string text, string font, float size, float maxWidth)
    {
        using var skFont = new SKFont(ScottPlot.Fonts.GetTypeface(font, bold: false, italic: false), size);
        if (skFont.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && skFont.MeasureText(text[..cut].TrimEnd() + "…") > maxWidth)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
