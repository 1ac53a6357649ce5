using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Core;
using TutorBot.Core.Interview.Summary;
using TutorBot.Core.Interview.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The end of an interview: a short text (title, total, the study list's citation markers) and an Adaptive Card
/// (raw JSON, version 1.5) with each question's score, the total, the weakest topics and the study list of
/// entries to read, linked and cited, plus a button for another interview. The study list's citations travel as
/// Claim entities (and, outside Teams, markdown reference definitions) like an answer's.
/// </summary>
internal static class InterviewSummaryCard
{
    public static Activity Message(InterviewSummary summary, Language l, string? channelId)
    {
        var text = $"**{InterviewTexts.SummaryTitle(summary.Stopped).In(l)}** {InterviewTexts.Total(summary.Total, summary.Max).In(l)}";
        if (summary.StudyList.Count > 0)
        {
            text += $"\n\n{InterviewTexts.StudyList.In(l)} " + string.Join(" ", summary.StudyList.Select(c => $"[{c.N}]"));
            if (channelId != Channels.Msteams && SourceLinks.ReferenceDefinitions(summary.StudyList, l) is { Length: > 0 } references)
            {
                text += "\n\n" + references;
            }
        }

        var activity = InterviewActivities.Text(text, l);
        activity.Attachments = [new Attachment { ContentType = SourcesCard.ContentType, Content = Card(summary, l) }];
        if (CitationEntity.For(summary.StudyList, l, aiGenerated: false) is { } entity)
        {
            activity.Entities = [entity];
        }

        return activity;
    }

    public static JObject Card(InterviewSummary summary, Language l)
    {
        var body = new JArray(Block(InterviewTexts.SummaryTitle(summary.Stopped).In(l), weight: "Bolder", size: "Medium"));
        if (summary.Questions.Count == 0)
        {
            body.Add(Block(InterviewTexts.NoAnswers.In(l)));
        }
        else
        {
            body.Add(new JObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JArray(summary.Questions.Select(q => new JObject
                {
                    ["title"] = $"{q.Number}. {(l == Language.English && q.QuestionEn is { Length: > 0 } en ? en : q.Question)} ({q.EntryId})",
                    ["value"] = $"{q.Score:0.#}/10" + (q.Skipped ? " " + InterviewTexts.SkippedMark.In(l) : ""),
                })),
            });
            body.Add(Block(InterviewTexts.Total(summary.Total, summary.Max).In(l), weight: "Bolder"));
        }

        if (summary.WeakTopics.Count > 0)
        {
            body.Add(Block(InterviewTexts.WeakTopics.In(l) + string.Join(l == Language.Chinese ? "、" : ", ", summary.WeakTopics)));
        }

        if (summary.Questions.Count > 0 && summary.StudyList.Count == 0)
        {
            body.Add(Block(InterviewTexts.AllGood.In(l)));
        }
        else if (summary.StudyList.Count > 0)
        {
            body.Add(Block(InterviewTexts.StudyList.In(l), weight: "Bolder", size: "Small"));
            foreach (var c in summary.StudyList)
            {
                var title = SourceLinks.DisplayTitle(c, l);
                body.Add(Block(SourceLinks.UrlOf(c) is { } url ? $"[{c.N}] [{title}]({url}) · {c.EntryId}" : $"[{c.N}] {title} · {c.EntryId}", size: "Small"));
            }
        }

        return new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JArray(
                CommandAction.Submit(BotTexts.AnotherInterview.In(l), BotTexts.StartCommand.In(l)),
                CommandAction.Submit(BotTexts.MyProgress.In(l), BotTexts.ProgressCommand.In(l))),
        };
    }

    private static JObject Block(string text, string? weight = null, string? size = null)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        return block;
    }
}
