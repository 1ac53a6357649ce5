using System.Text.RegularExpressions;

namespace TutorBot.Core.Interview.Intents;

/// <summary>
/// Tells a question the user asks mid-interview ("what is softmax?", "什么是 KL 散度？") from an answer. A
/// message counts as a question when it is short (at most <see cref="MaxChars"/> characters), ends with a
/// question mark (? or ？) and opens with a question word, or is a short Chinese question opening with
/// 为什么/什么是/如何/请问… in one clause, with or without 吗/呢/？. A
/// tentative answer that ends with "?" but opens otherwise ("because the dot products grow?") stays an answer.
/// </summary>
public static partial class RealQuestionDetector
{
    /// <summary>Longest message still taken for a question; answers tend to be longer.</summary>
    public const int MaxChars = 80;

    /// <summary>True when <paramref name="text"/> reads as a question of the user's own rather than an answer.</summary>
    public static bool IsQuestion(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.Length > MaxChars)
        {
            return false;
        }

        var asks = t.EndsWith('?') || t.EndsWith('？');
        return (asks && QuestionOpening().IsMatch(t)) || ChineseParticle().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:(?:what|why|how|which|when|where|who|can|could|explain|tell me)\b|什么|为什么|为何|怎么|怎样|如何|啥|哪|能不能|可以|是否|请问|请解释|解释一下)|什么是|是什么|是啥|有什么|为什么", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOpening();

    [GeneratedRegex(@"^(?:什么是|请问|为什么|为何|怎么|如何)[^。，,；;]{1,30}(?:吗|呢|[?？])?$")]
    private static partial Regex ChineseParticle();
}
