namespace TutorBot.Core.Progress;

/// <summary>
/// Recognises a request for the learner's progress picture: "my progress", "show my progress", "progress", "/progress",
/// "我的进度", "学习进度", "查看进度", "进度" (case, spaces and end punctuation ignored). Anything longer is a question.
/// </summary>
public static class ProgressRequest
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        "myprogress", "showmyprogress", "progress", "/progress", "howamidoing", "mystats",
        "我的进度", "学习进度", "查看进度", "进度", "我的学习进度", "看看我的进度",
    };

    /// <summary>True when <paramref name="text"/> asks for the progress picture.</summary>
    public static bool Matches(string? text)
    {
        var folded = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) || c == '/').Select(char.ToLowerInvariant).ToArray());
        return Phrases.Contains(folded);
    }
}
