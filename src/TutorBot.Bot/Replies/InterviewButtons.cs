using TutorBot.Core;

namespace TutorBot.Bot.Replies;

/// <summary>The buttons of a running interview, titled and sent in its language; each sends a command the engine reads.</summary>
internal static class InterviewButtons
{
    public static IReadOnlyList<(string Title, string Command)> During(Language l) => l == Language.Chinese
        ? [("💡 提示", "提示"), ("⏭ 跳过", "跳过"), ("🔁 重复", "重复"), ("⏹ 结束", "结束")]
        : [("💡 Hint", "hint"), ("⏭ Skip", "skip"), ("🔁 Repeat", "repeat"), ("⏹ Stop", "stop")];

    public static IReadOnlyList<(string Title, string Command)> Resume(Language l) => l == Language.Chinese
        ? [("▶ 继续上次", "继续"), ("🆕 重新开始", "重新开始")]
        : [("▶ Continue", "continue"), ("🆕 New interview", "new")];
}
