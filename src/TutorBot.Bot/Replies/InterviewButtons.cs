using TutorBot.Core;

namespace TutorBot.Bot.Replies;

/// <summary>The buttons of a running interview, titled and sent in its language; each sends a command the engine reads.</summary>
internal static class InterviewButtons
{
    private static readonly (BilingualText Title, BilingualText Command)[] DuringButtons =
    [
        (new("💡 提示", "💡 Hint"), new("提示", "hint")),
        (new("⏭ 跳过", "⏭ Skip"), new("跳过", "skip")),
        (new("🔁 重复", "🔁 Repeat"), new("重复", "repeat")),
        (new("⏹ 结束", "⏹ Stop"), new("结束", "stop")),
    ];

    private static readonly (BilingualText Title, BilingualText Command)[] ResumeButtons =
    [
        (new("▶ 继续上次", "▶ Continue"), new("继续", "continue")),
        (new("🆕 重新开始", "🆕 New interview"), new("重新开始", "new")),
    ];

    public static IReadOnlyList<(string Title, string Command)> During(Language l) => In(DuringButtons, l);

    public static IReadOnlyList<(string Title, string Command)> Resume(Language l) => In(ResumeButtons, l);

    private static IReadOnlyList<(string Title, string Command)> In((BilingualText Title, BilingualText Command)[] buttons, Language l) =>
        buttons.Select(b => (b.Title.In(l), b.Command.In(l))).ToList();
}
