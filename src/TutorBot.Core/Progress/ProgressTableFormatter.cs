using System.Globalization;
using System.Text;

namespace TutorBot.Core.Progress;

/// <summary>
/// Renders a <see cref="ProgressReport"/> as a plain-text table in the learner's language, for a terminal
/// (<c>tutorbot progress</c>) or any text channel: a header (user, date, due reviews, overall mastery), one row per
/// topic with entries (name, asked/entries, a 10-cell bar and the percentage), then the score trend, oldest first.
/// Columns line up in a monospace font where Chinese characters take two cells.
/// </summary>
public static class ProgressTableFormatter
{
    private const int BarCells = 10;
    private const string Gap = "  ";

    /// <summary>The table, lines separated by '\n', ending with a newline.</summary>
    public static string Format(ProgressReport report, Language language)
    {
        var l = language;
        var text = new StringBuilder();
        text.Append(ProgressTexts.Title(report.UserId).In(l))
            .Append(string.Create(CultureInfo.InvariantCulture, $" · {report.GeneratedAt:yyyy-MM-dd}")).Append('\n');
        text.Append(ProgressTexts.Due(report.DueNow, report.DueWithinWeek).In(l)).Append('\n');
        text.Append(ProgressTexts.Overall(report.OverallMastery, report.TotalAsked, report.TotalEntries).In(l)).Append('\n');
        text.Append('\n');

        var topics = report.TopicsWithEntries;
        if (topics.Count == 0)
        {
            text.Append(ProgressTexts.NoEntries.In(l)).Append('\n');
        }
        else
        {
            AppendTopics(text, topics, l);
        }

        text.Append('\n').Append(ProgressTexts.TrendTitle.In(l)).Append('\n');
        if (report.Trend.Count == 0)
        {
            text.Append("  ").Append(ProgressTexts.NoSessions.In(l)).Append('\n');
        }

        foreach (var session in report.Trend)
        {
            text.Append("  ").Append(ProgressTexts.Session(session).In(l)).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendTopics(StringBuilder text, IReadOnlyList<TopicProgress> topics, Language l)
    {
        var rows = topics
            .Select(t => (Name: t.Name.In(l), Asked: string.Create(CultureInfo.InvariantCulture, $"{t.Asked}/{t.Entries}"), t.Mastery))
            .ToList();
        var nameWidth = rows.Select(r => DisplayWidth(r.Name)).Append(DisplayWidth(ProgressTexts.TopicHeader.In(l))).Max();
        var askedWidth = rows.Select(r => DisplayWidth(r.Asked)).Append(DisplayWidth(ProgressTexts.AskedHeader.In(l))).Max();

        text.Append(PadRight(ProgressTexts.TopicHeader.In(l), nameWidth)).Append(Gap)
            .Append(PadLeft(ProgressTexts.AskedHeader.In(l), askedWidth)).Append(Gap)
            .Append(ProgressTexts.MasteryHeader.In(l)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(PadRight(row.Name, nameWidth)).Append(Gap)
                .Append(PadLeft(row.Asked, askedWidth)).Append(Gap)
                .Append(Bar(row.Mastery)).Append(' ').Append(ProgressTexts.Percent(row.Mastery).PadLeft(4)).Append('\n');
        }
    }

    private static string Bar(double share)
    {
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * BarCells, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarCells - filled);
    }

    private static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - DisplayWidth(text)));

    private static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - DisplayWidth(text))) + text;

    /// <summary>Terminal cells: East Asian wide and full-width characters take two, everything else one.</summary>
    internal static int DisplayWidth(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) => c is
        >= '\u1100' and <= '\u115f' or          // Hangul Jamo
        >= '\u2e80' and <= '\u303e' or          // CJK radicals, punctuation
        >= '\u3041' and <= '\u33ff' or          // kana, CJK compatibility
        >= '\u3400' and <= '\u4dbf' or          // CJK extension A
        >= '\u4e00' and <= '\u9fff' or          // CJK unified ideographs
        >= '\ua000' and <= '\ua4cf' or          // Yi
        >= '\uac00' and <= '\ud7a3' or          // Hangul syllables
        >= '\uf900' and <= '\ufaff' or          // CJK compatibility ideographs
        >= '\ufe30' and <= '\ufe4f' or          // CJK compatibility forms
        >= '\uff00' and <= '\uff60' or          // full-width forms
        >= '\uffe0' and <= '\uffe6';
}
