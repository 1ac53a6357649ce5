using System.Globalization;

namespace TutorBot.Core.Progress;

/// <summary>The fixed words of the progress report in Chinese and English, shared by the text table and the chart.</summary>
public static class ProgressTexts
{
    // Numbers and dates read the same on every machine: invariant culture, whatever the host's.
    private static BilingualText Of(FormattableString zh, FormattableString en) =>
        new(zh.ToString(CultureInfo.InvariantCulture), en.ToString(CultureInfo.InvariantCulture));

    public static BilingualText Title(string user) => Of(
        $"学习进度 · {user}",
        $"Progress · {user}");

    public static BilingualText Due(int now, int week) => Of(
        $"待复习：现在 {now} 条，7 天内 {week} 条",
        $"Reviews due: {now} now, {week} within 7 days");

    public static BilingualText Overall(double mastery, int asked, int entries) => Of(
        $"总体掌握度：{Percent(mastery)}（已问 {asked}/{entries} 条）",
        $"Overall mastery: {Percent(mastery)} ({asked} of {entries} entries asked)");

    public static readonly BilingualText TopicHeader = Of(
        $"主题",
        $"Topic");

    public static readonly BilingualText AskedHeader = Of(
        $"已问/条目",
        $"Asked/entries");

    public static readonly BilingualText MasteryHeader = Of(
        $"掌握度",
        $"Mastery");

    public static readonly BilingualText MasteryByTopic = Of(
        $"各主题掌握度",
        $"Mastery by topic");

    public static readonly BilingualText NoEntries = Of(
        $"知识库里还没有带主题的条目。",
        $"No entries with a topic yet.");

    public static readonly BilingualText TrendTitle = Of(
        $"最近面试的平均分（由旧到新）",
        $"Recent interviews, mean score (oldest first)");

    public static readonly BilingualText TrendChartTitle = Of(
        $"最近面试平均分（满分 10）",
        $"Recent interviews, mean score out of 10");

    public static BilingualText Session(SessionScore s) => Of(
        $"{s.CompletedAt:yyyy-MM-dd}  {s.MeanScore:0.0}/10（{s.Questions} 题）",
        $"{s.CompletedAt:yyyy-MM-dd}  {s.MeanScore:0.0}/10 ({s.Questions} questions)");

    public static readonly BilingualText NoSessions = Of(
        $"还没有完成的模拟面试。",
        $"No finished mock interviews yet.");

    public static readonly BilingualText DueChartTitle = Of(
        $"待复习",
        $"Reviews due");

    public static readonly BilingualText DueNowLabel = Of(
        $"现在",
        $"Now");

    public static readonly BilingualText DueWeekLabel = Of(
        $"7 天内",
        $"Within 7 days");

    /// <summary>A 0-to-1 share as a whole percentage, culture-independent ("42%").</summary>
    public static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");
}
