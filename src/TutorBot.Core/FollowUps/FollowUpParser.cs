using System.Text.RegularExpressions;

namespace TutorBot.Core.FollowUps;

/// <summary>
/// Recognises follow-ups in English and Chinese. "why?", "example" and "more" must be the whole message (a full
/// question that starts with "why" is a question of its own); "what about X" and "那 X 呢" name a new subject;
/// "compare X and Y", "X vs Y" and "X 和 Y 有什么区别" name two. Anything else is null: an ordinary question.
/// </summary>
public static partial class FollowUpParser
{
    /// <summary>The follow-up <paramref name="text"/> asks for, or null.</summary>
    public static FollowUpRequest? Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0)
        {
            return null;
        }

        if (Why().IsMatch(t))
        {
            return new FollowUpRequest(FollowUpKind.Why);
        }

        if (Example().IsMatch(t))
        {
            return new FollowUpRequest(FollowUpKind.Example);
        }

        if (More().IsMatch(t))
        {
            return new FollowUpRequest(FollowUpKind.More);
        }

        foreach (var pattern in new[] { CompareEnglish(), CompareChinese() })
        {
            if (pattern.Match(t) is { Success: true } compare)
            {
                return new FollowUpRequest(FollowUpKind.Compare, Clean(compare.Groups["x"].Value), Clean(compare.Groups["y"].Value));
            }
        }

        foreach (var pattern in new[] { WhatAboutEnglish(), WhatAboutChinese() })
        {
            if (pattern.Match(t) is { Success: true } about && Clean(about.Groups["x"].Value) is { Length: > 0 } subject)
            {
                return new FollowUpRequest(FollowUpKind.WhatAbout, subject);
            }
        }

        return null;
    }

    private static string Clean(string subject) => subject.Trim().Trim('"', '“', '”', '「', '」', '?', '？', '.', '。', ',', '，');

    private const string End = @"[\s?？!！.。~]*$";

    [GeneratedRegex(@"^(?:那|那么|and|but|so)?\s*(why|why so|but why|how come|how so|why is that|为什么|为啥|为何|怎么说|凭什么|原因呢|为什么呢|为啥呢|为什么会这样)" + End, RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    [GeneratedRegex(@"^(?:那|那么|and|so)?\s*(examples?|an example|give (me )?an? example|any examples?|for example|for instance|e\.g\.|show me an example|example please|concrete example|举个?例子?|举例|举例子|有没有例子|有例子吗|比如呢|比如说呢|给个例子|来个例子|例子呢)" + End, RegexOptions.IgnoreCase)]
    private static partial Regex Example();

    [GeneratedRegex(@"^(?:那|那么|and|so)?\s*(more|tell me more|go deeper|deeper|go on|anything else|what else|more please|详细一点|详细点|再详细一点|展开说说|展开讲讲|继续|更多|深入一点|再深入一点|还有吗|还有呢|还有什么)" + End, RegexOptions.IgnoreCase)]
    private static partial Regex More();

    [GeneratedRegex(@"^(?:compare|contrast)\s+(?<x>.+?)\s+(?:and|with|to|vs\.?|versus)\s+(?<y>.+?)" + End + @"|^(?:what(?:'s| is| are)?\s+)?(?:the\s+)?differences?\s+between\s+(?<x>.+?)\s+and\s+(?<y>.+?)" + End + @"|^(?<x>[^\s].{0,40}?)\s+(?:vs\.?|versus)\s+(?<y>.+?)" + End, RegexOptions.IgnoreCase)]
    private static partial Regex CompareEnglish();

    [GeneratedRegex(@"^(?:比较一下|对比一下|比较|对比)?\s*(?<x>[^，。？?]{1,30}?)\s*(?:和|与|跟|vs\.?|VS)\s*(?<y>[^，。？?]{1,30}?)\s*(?:有什么|有啥|的|之间的|之间有什么|之间有啥)?\s*(?:区别|不同|差别|差异|异同)" + End)]
    private static partial Regex CompareChinese();

    [GeneratedRegex(@"^(?:and\s+)?(?:what|how)\s+about\s+(?<x>.+?)" + End, RegexOptions.IgnoreCase)]
    private static partial Regex WhatAboutEnglish();

    [GeneratedRegex(@"^(?:那么?|那)\s*(?<x>[^，。？?]{1,30}?)\s*呢" + End)]
    private static partial Regex WhatAboutChinese();
}
