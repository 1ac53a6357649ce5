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

    /// <summary>True for a message that points back at the previous answer ("why?", "举个例子", "what about ...").</summary>
    public static bool IsReferential(string text) => Referential().IsMatch(text);

    // Referential: a bare "why?" / "为什么？" / "more", a request for an example, "what about ..." / "那...呢", or a
    // pronoun that points back (it, that, 它, 这个). A full question that merely starts with "why" is not.
    [GeneratedRegex(@"^\s*(why|how come|how so|really|more|tell me more|explain( more)?|go on|为什么|为啥|为何|怎么说|展开说说|详细说说|具体说说|继续)[\s?？!！.。]*$|give (me )?an? example|for example\?|举个?例子?|^\s*(what about|how about|and |那么?)|呢[\s?？]*$|\b(it|that|this|those|they|them)\b|它|这个|那个|这样|上面|刚才", RegexOptions.IgnoreCase)]
    private static partial Regex Referential();
}
