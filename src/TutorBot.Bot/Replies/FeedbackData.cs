using Newtonsoft.Json.Linq;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The submit data of the 👍/👎 buttons under an answer (Web Chat and other card channels): the reaction plus the
/// question, the cited entry ids and the answer mode, so that a vote can be recorded without server state.
/// </summary>
internal static class FeedbackData
{
    public const string Kind = "tutorbot.feedback";
    public const string Like = "like";
    public const string Dislike = "dislike";

    public static JObject Create(string reaction, GroundedAnswer answer) => new()
    {
        ["kind"] = Kind,
        ["reaction"] = reaction,
        ["question"] = answer.Question.Text,
        ["entries"] = new JArray(answer.Citations.Select(c => c.EntryId)),
        ["mode"] = ModeName(answer.Mode),
    };

    public static string ModeName(AnswerMode mode) => mode == AnswerMode.Llm ? "llm" : "extractive";
}
