using System.Text.RegularExpressions;

namespace TutorBot.Core.Export;

/// <summary>
/// Recognises a request to export to Anki, in English or Chinese: "export to Anki", "export attention to Anki",
/// "导出到 Anki", "把注意力导出到 Anki", "导出 anki", or the command <c>/export [topic]</c>. A message counts only when it
/// names Anki and starts with "export" (or holds 导出), and is short, so an interview answer that happens to mention
/// both stays an answer.
/// </summary>
public static partial class ExportIntentParser
{
    /// <summary>Longest message read as an export request, in characters.</summary>
    public const int MaxLength = 80;

    private static readonly char[] TopicTrim = [' ', ',', '，', '.', '。', ':', '：', '、', '-', '!', '！', '?', '？', '"', '“', '”', '\''];

    /// <summary>The export asked for by <paramref name="text"/>; null when the text is no export request.</summary>
    public static ExportIntent? Parse(string? text)
    {
        var normalized = MultiSpace().Replace((text ?? "").Trim().ToLowerInvariant(), " ").Trim(TopicTrim);
        if (normalized.Length == 0 || normalized.Length > MaxLength)
        {
            return null;
        }

        var slash = normalized.StartsWith("/export", StringComparison.Ordinal)
            && (normalized.Length == "/export".Length || normalized["/export".Length] == ' ');
        var mentionsAnki = AnkiWord().IsMatch(normalized);
        var asks = normalized.StartsWith("export ", StringComparison.Ordinal) || normalized.Contains("导出", StringComparison.Ordinal);
        if (!slash && !(mentionsAnki && asks))
        {
            return null;
        }

        var topic = AnkiPhrase().Replace(normalized, " ");
        topic = ExportWord().Replace(topic, " ");
        topic = ChineseFiller().Replace(topic, " ");
        topic = MultiSpace().Replace(topic, " ").Trim(TopicTrim);
        // English fillers only at the edges ("my weak questions on ... please"), so a name holding one stays whole
        // ("mixture of experts").
        string before;
        do
        {
            before = topic;
            topic = EnglishEdgeFiller().Replace(topic, "").Trim(TopicTrim);
        }
        while (topic != before);

        return new ExportIntent(topic.Length == 0 ? null : topic);
    }

    // "anki" as a word of its own (not inside "ranking").
    [GeneratedRegex(@"(?<![a-z])anki(?![a-z])")]
    private static partial Regex AnkiWord();

    // "to anki", "into anki", "as anki cards", "到 anki", "成anki", "anki"
    [GeneratedRegex(@"(?:\b(?:to|into|as|for|in)\s+|[到成为]\s*)?(?<![a-z])anki(?![a-z])(?:\s*(?:cards?|deck|file|卡片|牌组|文件))?")]
    private static partial Regex AnkiPhrase();

    [GeneratedRegex(@"^/export\b|^export\b|导出")]
    private static partial Regex ExportWord();

    [GeneratedRegex(@"^(?:请|帮我|给我)?\s*(?:把|将)?\s*(?:我的)?|关于|有关|主题|话题|的题目|题目|错题|薄弱的|薄弱|卡片|牌组|文件|一下|吧$")]
    private static partial Regex ChineseFiller();

    [GeneratedRegex(@"^(?:(?:my|the|all|weak|weakest|questions?|cards?|on|about|of|for|topic|please|to|into|as|a|an|file)(?:\s+|$))+|(?:(?:^|\s+)(?:on|about|of|for|topic|please|to|into|as|questions?|cards?|file|now))+$")]
    private static partial Regex EnglishEdgeFiller();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
