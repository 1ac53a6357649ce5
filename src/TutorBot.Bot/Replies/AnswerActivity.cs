using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Turns a <see cref="GroundedAnswer"/> into the message each channel shows best. The text keeps its
/// <c>[n]</c> markers everywhere. Teams gets citation entities and its own feedback loop; Web Chat and other
/// channels also get markdown reference links and an Adaptive Card with the sources and 👍/👎. Suggested
/// follow-up questions become buttons.
/// </summary>
internal static class AnswerActivity
{
    /// <summary>
    /// Whether answers on <paramref name="channelId"/> get the channel's own feedback loop (Teams), whose votes name
    /// only the sent message; elsewhere the 👍/👎 buttons carry the question, entries and mode themselves.
    /// </summary>
    public static bool HasFeedbackLoop(string? channelId) => channelId == Channels.Msteams;

    public static Activity Create(GroundedAnswer answer, IReadOnlyList<string> suggestions, string? channelId)
    {
        var language = answer.Language;
        var isTeams = HasFeedbackLoop(channelId);
        var text = answer.Notice is { Length: > 0 } notice ? $"*{notice}*\n\n{answer.Text}" : answer.Text;
        if (!isTeams && SourceLinks.ReferenceDefinitions(answer) is { Length: > 0 } references)
        {
            text += "\n\n" + references;
        }

        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Locale = answer.Language == Core.Language.Chinese ? "zh-CN" : "en-US";
        if (CitationEntity.For(answer) is { } entity)
        {
            activity.Entities = [entity];
        }

        if (isTeams)
        {
            if (answer.Answered)
            {
                activity.ChannelData = new JObject { ["feedbackLoopEnabled"] = true };
            }
        }
        else if (answer.Answered)
        {
            activity.Attachments = [SourcesCard.For(answer, language)];
        }

        if (suggestions.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = suggestions.Select(q => new CardAction(ActionTypes.ImBack, title: Shorten(q), value: q)).ToList(),
            };
        }

        return activity;
    }

    private static string Shorten(string question) => question.Length <= 60 ? question : question[..59] + "…";
}
