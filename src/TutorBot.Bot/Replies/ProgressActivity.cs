using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Charts.Progress;
using TutorBot.Core;
using TutorBot.Core.Progress;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The progress picture as one message: a line with overall mastery and reviews due, the chart as an inline PNG
/// (an image attachment with a base64 data URI, which Web Chat and Teams both render in the conversation; Teams
/// accepts pictures up to 1024 x 1024 pixels and 1 MB, and the chart is 800 x 600 and about 30 KB), and a button
/// that starts a review interview.
/// </summary>
internal static class ProgressActivity
{
    public static Activity Create(ProgressReport report, ProgressChartImage chart, Language language)
    {
        var text = $"{ProgressTexts.Overall(report.OverallMastery, report.TotalAsked, report.TotalEntries).In(language)}\n\n{ProgressTexts.Due(report.DueNow, report.DueWithinWeek).In(language)}";
        var activity = MessageFactory.Text(text);
        activity.Locale = language == Language.Chinese ? "zh-CN" : "en-US";
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = "image/png",
                ContentUrl = "data:image/png;base64," + Convert.ToBase64String(chart.Png),
                Name = ProgressTexts.Title(report.UserId).In(language),
            },
            StartInterviewCard.For(language),
        ];
        return activity;
    }
}
