using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Replies;
using TutorBot.Core;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// The reminder itself: "You have N reviews due today" and an Adaptive Card (raw JSON) whose button starts a mock
/// interview of that many questions (at most the interview's maximum), which asks the due ones first.
/// </summary>
internal static class ReminderMessage
{
    public static Activity For(int dueReviews, Language language, int maxQuestions)
    {
        var text = string.Format((dueReviews == 1 ? ReminderTexts.OneDue : ReminderTexts.ManyDue).In(language), dueReviews);
        var questions = Math.Clamp(dueReviews, 1, maxQuestions);
        var command = questions == 1 ? ReminderTexts.OneReviewCommand.In(language) : string.Format(ReminderTexts.ReviewCommand.In(language), questions);
        var message = MessageFactory.Text(text);
        message.Attachments =
        [
            new Attachment
            {
                ContentType = SourcesCard.ContentType,
                Content = new JObject
                {
                    ["type"] = "AdaptiveCard",
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["version"] = "1.5",
                    ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = ReminderTexts.ReviewPitch.In(language), ["wrap"] = true }),
                    ["actions"] = new JArray(CommandAction.Submit(ReminderTexts.StartReview.In(language), command)),
                },
            },
        ];
        return message;
    }
}
