using TutorBot.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Replies;

/// <summary>The Adaptive Card (raw JSON) under the welcome and the help: what a mock interview is, and a button that starts one.</summary>
internal static class StartInterviewCard
{
    public static Attachment For(Language language) => new()
    {
        ContentType = SourcesCard.ContentType,
        Content = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = BotTexts.InterviewPitch.In(language), ["wrap"] = true }),
            ["actions"] = new JArray(CommandAction.Submit(BotTexts.StartInterview.In(language), BotTexts.StartCommand.In(language))),
        },
    };
}
