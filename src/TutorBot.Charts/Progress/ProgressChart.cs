using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ScottPlot;
using SkiaSharp;
using TutorBot.Charts.Fonts;
using TutorBot.Core;
using TutorBot.Core.Progress;

namespace TutorBot.Charts.Progress;

/// <summary>
/// Draws a <see cref="ProgressReport"/> as one PNG (<see cref="ChartOptions.Width"/> × <see cref="ChartOptions.Height"/>,
/// 800 × 600 by default): a header with the learner, the date and the overall mastery; on the left, mastery per topic
/// as horizontal bars (topics with entries, syllabus order, each bar labelled "asked/entries · percent"); on the right,
/// the mean score of the last sessions and the reviews due now and within 7 days. Labels are in the learner's
/// language, drawn with the <see cref="Font"/> found once at construction; without a font that draws Chinese, a
/// Chinese chart is drawn in English instead (logged as a warning, and said by <see cref="ProgressChartImage.Language"/>).
/// Thread-safe: every call builds its own plots.
/// </summary>
public sealed class ProgressChart
{
    private const float HeaderHeight = 48;

    private readonly ChartOptions _options;
    private readonly ILogger<ProgressChart> _logger;

    public ProgressChart(ChartOptions options, ILogger<ProgressChart>? logger = null)
        : this(options, ChartFontFinder.Find(options.FontFamily), logger)
    {
    }

    internal ProgressChart(ChartOptions options, ChartFont font, ILogger<ProgressChart>? logger = null)
    {
        _options = options;
        _logger = logger ?? NullLogger<ProgressChart>.Instance;
        Font = font;
        if (font.Family is null)
        {
            _logger.LogWarning("No installed font draws Chinese; progress charts will be labelled in English. Install fonts-wqy-microhei or set {Setting}", "Charts:FontFamily");
        }
        else
        {
            _logger.LogInformation("Progress charts use the font {Family} ({Source})", font.Family, font.Source);
        }
    }

    /// <summary>The font the charts are drawn with, and how it was found.</summary>
    public ChartFont Font { get; }

    /// <summary>The chart of <paramref name="report"/> with labels in <paramref name="language"/> when the font allows it.</summary>
    public ProgressChartImage Render(ProgressReport report, Language language)
    {
        var l = language == Language.Chinese && !Font.DrawsChinese ? Language.English : language;
        if (l != language)
        {
            _logger.LogWarning("Progress chart for {User} drawn in English: no installed font draws Chinese", report.UserId);
        }

        var family = Font.Family ?? ScottPlot.Fonts.Default;
        int width = _options.Width, height = _options.Height;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {width}x{height} surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        DrawHeader(canvas, report, l, family, width);

        var split = (int)Math.Round(width * 0.58);
        var top = (int)HeaderHeight;
        var trendBottom = top + (int)Math.Round((height - top) * 0.58);
        DrawPanel(canvas, ProgressPanels.Mastery(report, l, family, maxLabelWidth: split * 0.4f), SKRectI.Create(0, top, split, height - top));
        DrawPanel(canvas, ProgressPanels.Trend(report, l, family), SKRectI.Create(split, top, width - split, trendBottom - top));
        DrawPanel(canvas, ProgressPanels.Due(report, l, family), SKRectI.Create(split, trendBottom, width - split, height - trendBottom));

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return new ProgressChartImage(png.ToArray(), width, height, l);
    }

    // A plot clears the canvas it renders on, so each is drawn on its own surface and then copied into place.
    private static void DrawPanel(SKCanvas canvas, Plot plot, SKRectI area)
    {
        using var surface = SKSurface.Create(new SKImageInfo(area.Width, area.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"SkiaSharp could not create a {area.Width}x{area.Height} surface.");
        plot.Render(surface.Canvas, area.Width, area.Height);
        using var image = surface.Snapshot();
        canvas.DrawImage(image, area.Left, area.Top);
    }

    private static void DrawHeader(SKCanvas canvas, ProgressReport report, Language l, string family, int width)
    {
        var typeface = ScottPlot.Fonts.GetTypeface(family, bold: true, italic: false);
        using var titleFont = new SKFont(typeface, 20);
        using var noteFont = new SKFont(ScottPlot.Fonts.GetTypeface(family, bold: false, italic: false), 13);
        using var ink = new SKPaint { Color = ChartPalette.Text.ToSKColor(), IsAntialias = true };
        using var muted = new SKPaint { Color = ChartPalette.Subtle.ToSKColor(), IsAntialias = true };
        using var rule = new SKPaint { Color = ChartPalette.Grid.ToSKColor(), StrokeWidth = 1 };

        titleFont.Embolden = true;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{report.GeneratedAt:yyyy-MM-dd} · {ProgressTexts.Overall(report.OverallMastery, report.TotalAsked, report.TotalEntries).In(l)}");
        var noteWidth = noteFont.MeasureText(note);
        // The title gives way to the note on a narrow image: the learner's id is cut first.
        var title = ProgressPanels.Fit(ProgressTexts.Title(report.UserId).In(l), family, titleFont.Size, Math.Max(80, width - noteWidth - 48));
        canvas.DrawText(title, 16, 30, SKTextAlign.Left, titleFont, ink);
        canvas.DrawText(note, width - 16, 30, SKTextAlign.Right, noteFont, muted);
        canvas.DrawLine(16, HeaderHeight - 6, width - 16, HeaderHeight - 6, rule);
    }
}
