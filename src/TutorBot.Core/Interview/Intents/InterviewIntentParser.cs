using System.Text.RegularExpressions;

namespace TutorBot.Core.Interview.Intents;

/// <summary>
/// Reads interview commands in English and Chinese. A start may appear anywhere in a message ("let's do a mock
/// interview on attention, 3 questions", "模拟面试 注意力 3题", "/interview attention 3"); the other commands must
/// be the whole message ("hint", "提示", "/skip"), so an answer that merely contains "skip" stays an answer.
/// </summary>
public static partial class InterviewIntentParser
{
    private static readonly string[] StartPhrases = ["mock interview", "mock-interview", "模拟面试", "interview me", "start interview", "start an interview", "开始面试", "面试我"];

    private static readonly char[] TopicTrim = [' ', ',', '，', '.', '。', ':', '：', '、', '-'];

    private static readonly Dictionary<string, InterviewIntentKind> Commands = Build(
        (InterviewIntentKind.Hint, ["hint", "a hint", "give me a hint", "hint please", "提示", "给个提示", "给我提示", "提示一下"]),
        (InterviewIntentKind.Skip, ["skip", "pass", "next", "next question", "skip it", "i don't know", "跳过", "下一题", "不知道", "不会", "过"]),
        (InterviewIntentKind.Repeat, ["repeat", "again", "repeat the question", "say again", "what was the question", "重复", "再说一遍", "重复问题", "题目是什么"]),
        (InterviewIntentKind.Stop, ["stop", "quit", "exit", "end", "end interview", "stop interview", "finish", "结束", "停止", "退出", "结束面试", "停止面试"]),
        (InterviewIntentKind.Yes, ["y", "yes", "continue", "resume", "ok", "sure", "继续", "是", "是的", "好", "好的", "继续面试"]),
        (InterviewIntentKind.Why, ["why", "why?", "why so?", "how come?", "how come", "为什么", "为什么？", "为什么?", "为啥", "为啥？", "为什么呢", "为什么呢？"]),
        (InterviewIntentKind.Topics, ["topics", "list topics", "what topics", "which topics", "topic list", "show topics", "syllabus",
            "what topics are there", "what topics do you cover", "what can you interview me on",
            "主题", "有哪些主题", "主题列表", "有什么主题", "大纲", "考纲", "都有哪些主题", "有哪些话题"]),
        (InterviewIntentKind.No, ["n", "no", "new", "start over", "restart", "new interview", "不", "否", "不要", "重新开始", "新的面试"]));

    /// <summary>The intent of <paramref name="text"/>; <see cref="InterviewIntent.Answer"/> when it is no command.</summary>
    public static InterviewIntent Parse(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return InterviewIntent.Answer;
        }

        if (normalized.StartsWith('/'))
        {
            var word = normalized[1..].Split(' ', 2);
            if (word[0] == "interview")
            {
                return ParseStart(word.Length > 1 ? word[1] : "");
            }

            return Commands.TryGetValue(word[0], out var slash) && word.Length == 1 ? new InterviewIntent(slash) : InterviewIntent.Answer;
        }

        if (Commands.TryGetValue(normalized, out var kind))
        {
            return new InterviewIntent(kind);
        }

        foreach (var phrase in StartPhrases)
        {
            var at = normalized.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                return ParseStart(normalized[(at + phrase.Length)..]);
            }
        }

        return InterviewIntent.Answer;
    }

    private static InterviewIntent ParseStart(string rest)
    {
        int? count = null;
        var match = CountPattern().Match(rest);
        if (match.Success)
        {
            count = ChineseNumber.Parse(match.Groups["n"].Value);
            rest = rest.Remove(match.Index, match.Length);
        }

        // English fillers only at the edges ("on attention, please"), so a name holding one stays whole ("mixture of
        // experts"); Chinese fillers anywhere.
        var topic = ChineseFillerPattern().Replace(rest, " ");
        topic = MultiSpace().Replace(topic, " ").Trim(TopicTrim);
        topic = EnglishEdgeFillerPattern().Replace(topic, "").Trim(TopicTrim);
        return new InterviewIntent(InterviewIntentKind.Start, topic.Length == 0 ? null : topic, count);
    }


    private static Dictionary<string, InterviewIntentKind> Build(params (InterviewIntentKind Kind, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (p, g.Kind))).ToDictionary(x => x.p, x => x.Kind, StringComparer.Ordinal);

    private static string Normalize(string? text) =>
        MultiSpace().Replace((text ?? "").Trim().ToLowerInvariant(), " ").TrimEnd('.', '。', '!', '！', '~');

    [GeneratedRegex(@"(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:questions?|qs?\b|个问题|道题|题|道|个)|(?<=\s|^|,|，)(?<n>\d{1,3})\s*$|(?<=\s|^)(?<n>\d{1,3})(?=\s|,|，)")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"关于|有关|的|请|主题|话题|一场|一次|来|吧")]
    private static partial Regex ChineseFillerPattern();

    [GeneratedRegex(@"^(?:(?:on|about|with|for|please|of|topic|the)(?:\s+|$))+|(?:(?:^|\s+)(?:on|about|with|for|please|of|topic|the))+$")]
    private static partial Regex EnglishEdgeFillerPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
