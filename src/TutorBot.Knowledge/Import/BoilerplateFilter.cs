using System.Text.RegularExpressions;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Tells the parts of a scraped page that are not questions and answers: navigation and copyright lines, the
/// heading of a reference list, the heading of the list of unrelated articles that ends the content, and bare
/// URL lines (the page's own address).
/// </summary>
public static partial class BoilerplateFilter
{
    /// <summary>True for a breadcrumb, copyright or site-registration line, which is never part of an answer.</summary>
    public static bool IsNavigation(string line) => Navigation().IsMatch(line.Trim());

    /// <summary>True for a heading after which the page holds only unrelated material ("相关文章:", "推荐阅读", "上一篇").</summary>
    public static bool IsTrailerHeading(string line) => TrailerHeading().IsMatch(line.Trim());

    /// <summary>True for a heading that opens the reference list ("参考链接:", "参考资料", "References").</summary>
    public static bool IsReferenceHeading(string line) => ReferenceHeading().IsMatch(line.Trim());

    /// <summary>The URL when the whole line is one absolute http(s) URL, else null.</summary>
    public static string? BareUrl(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && !trimmed.Contains(' ') && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    [GeneratedRegex(@"^(?:当前位置|您的位置|你的位置|首页\s*>|Copyright\b|©|版权所有|版权声明|.*ICP备|本文链接|原文链接|转载请注明)", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();

    [GeneratedRegex(@"^(?:相关文章|相关推荐|相关阅读|推荐阅读|热门文章|热门推荐|猜你喜欢|延伸阅读|上一篇|下一篇|Related (?:articles|posts))\s*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex TrailerHeading();

    [GeneratedRegex(@"^(?:参考链接|参考资料|参考文献|参考文章|参考|References?|Reference links|Further reading)\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceHeading();
}
