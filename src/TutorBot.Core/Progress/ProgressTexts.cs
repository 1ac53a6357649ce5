using System.Globalization;

namespace TutorBot.Core.Progress;

/// <summary>The fixed words of the progress report in Chinese and English, shared by the text table and the chart.</summary>
public static class ProgressTexts
{
    // Numbers and dates read the same on every machine: invariant culture, whatever the host's.
    private static string Pick(Language language, FormattableString zh, FormattableString en) =>
        (language == Language.Chinese ? zh : en).ToString(CultureInfo.InvariantCulture);

    public static string Title(Language l, string user) => Pick(l, $"学习进度 · {user}", $"Progress · {user}");

    public static string Due(Language l, int now, int week) => Pick(l,
        $"待复习：现在 {now} 条，7 天内 {week} 条",
        $"Reviews due: {now} now, {week} within 7 days");

    public static string Overall(Language l, double mastery, int asked, int entries) => Pick(l,
        $"总体掌握度：{Percent(mastery)}（已问 {asked}/{entries} 条）",
        $"Overall mastery: {Percent(mastery)} ({asked} of {entries} entries asked)");

    public static string TopicHeader(Language l) => Pick(l, $"主题", $"Topic");

    public static string AskedHeader(Language l) => Pick(l, $"已问/条目", $"Asked/entries");

    public static string MasteryHeader(Language l) => Pick(l, $"掌握度", $"Mastery");

    public static string MasteryByTopic(Language l) => Pick(l, $"各主题掌握度", $"Mastery by topic");

    public static string NoEntries(Language l) => Pick(l, $"知识库里还没有带主题的条目。", $"No entries with a topic yet.");

    public static string TrendTitle(Language l) => Pick(l, $"最近面试的平均分（由旧到新）", $"Recent interviews, mean score (oldest first)");

    public static string TrendChartTitle(Language l) => Pick(l, $"最近面试平均分（满分 10）", $"Recent interviews, mean score out of 10");

    public static string Session(Language l, SessionScore s) => Pick(l,
        $"{s.CompletedAt:yyyy-MM-dd}  {s.MeanScore:0.0}/10（{s.Questions} 题）",
        $"{s.CompletedAt:yyyy-MM-dd}  {s.MeanScore:0.0}/10 ({s.Questions} questions)");

    public static string NoSessions(Language l) => Pick(l, $"还没有完成的模拟面试。", $"No finished mock interviews yet.");

    public static string DueChartTitle(Language l) => Pick(l, $"待复习", $"Reviews due");

    public static string DueNowLabel(Language l) => Pick(l, $"现在", $"Now");

    public static string DueWeekLabel(Language l) => Pick(l, $"7 天内", $"Within 7 days");

    /// <summary>A 0-to-1 share as a whole percentage, culture-independent ("42%").</summary>
    public static string Percent(double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%");
}
