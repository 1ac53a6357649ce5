using TutorBot.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Replies;

/// <summary>
/// An Adaptive Card (raw JSON, version 1.5) listing the cited entries with links, the "AI generated" note for LLM
/// text, and 👍/👎 buttons whose submit data carry what feedback records need (see <see cref="FeedbackData"/>).
/// </summary>
internal static class SourcesCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment For(GroundedAnswer answer, Language language)
    {
        var body = new JArray();
        if (answer.Citations.Count > 0)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = BotTexts.Sources.In(language), ["weight"] = "Bolder", ["size"] = "Small" });
            foreach (var citation in answer.Citations)
            {
                var title = SourceLinks.DisplayTitle(citation, answer.Language);
                var line = SourceLinks.UrlOf(citation) is { } url ? $"[{citation.N}] [{title}]({url}) · {citation.EntryId}" : $"[{citation.N}] {title} · {citation.EntryId}";
                line += SourceLinks.TopicAndDifficulty(citation, answer.Language);
                body.Add(new JObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["size"] = "Small", ["spacing"] = "Small" });
            }
        }

        if (answer.Mode == AnswerMode.Llm)
        {
            body.Add(new JObject { ["type"] = "TextBlock", ["text"] = BotTexts.AiGenerated.In(language), ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        }

        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JArray(Vote(BotTexts.Helpful.In(language), FeedbackData.Like, answer), Vote(BotTexts.NotHelpful.In(language), FeedbackData.Dislike, answer)),
        };
        return new Attachment { ContentType = ContentType, Content = card };
    }

    private static JObject Vote(string title, string reaction, GroundedAnswer answer) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = FeedbackData.Create(reaction, answer),
    };
}
