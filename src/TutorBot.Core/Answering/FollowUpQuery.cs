using System.Text.RegularExpressions;

namespace TutorBot.Core.Answering;

/// <summary>
/// Rule-based retrieval query for a follow-up when no LLM can rewrite it: a short or referential message
/// ("why?", "为什么", "give an example", "举个例子", "what about it") is combined with the previous turn's topic;
/// any other message stands on its own.
/// </summary>
public static partial class FollowUpQuery
{
    private const int ShortChinese = 8;
    private const int ShortEnglishWords = 4;

    /// <summary>The query to search for <paramref name="question"/>.</summary>
    public static string Build(Question question)
    {
        var text = question.Text.Trim();
        if (question.History.Count == 0 || !IsFollowUp(text))
        {
            return text;
        }

        return $"{Topic(question.History[^1])} {text}";
    }

    /// <summary>The retrieval topic of an earlier turn: what it searched for, else what was asked.</summary>
    public static string Topic(Turn turn) => turn.Topic ?? turn.Question;

    /// <summary>True for a message that only makes sense with the previous question.</summary>
    public static bool IsFollowUp(string text)
    {
        if (Referential().IsMatch(text))
        {
            return true;
        }

        var han = text.Count(LanguageDetector.IsHan);
        return han > 0
            ? han <= ShortChinese && text.Length <= ShortChinese + 4
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= ShortEnglishWords;
    }

    [GeneratedRegex(@"^\s*(why|how come|how so|example|give (me )?an? example|more|tell me more|explain( more| that| it)?|what about|and |what does (it|that|this) mean|为什么|为啥|举个?例|例子|展开|详细|具体|那|这个|它)", RegexOptions.IgnoreCase)]
    private static partial Regex Referential();
}
