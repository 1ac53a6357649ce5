using System.Text.RegularExpressions;

namespace TutorBot.Core.Reminders;

/// <summary>
/// Reads reminder commands in English and Chinese: "remind me every day at 9", "remind me at 21:30", "remind me
/// daily at 8pm", "/remind 9:00", "每天 9 点提醒我", "每天晚上8点提醒我" (20:00), "提醒我每天早上九点半复习"; and
/// "stop reminders" / "取消提醒" / "/remind off". A time needs "remind"/"reminder" (or 提醒) and nothing but the time and
/// filler words ("every day", "at", "to review", 每天, 复习, …), so a question such as "remind me what attention is"
/// stays a question. A bare number is a 24-hour time (9 is 09:00, 21 is 21:00); am/pm and 早上/下午/晚上 shift it.
/// </summary>
public static partial class ReminderIntentParser
{
    private static readonly HashSet<string> StopPhrases = new(StringComparer.Ordinal)
    {
        "stop reminders", "stop reminder", "stop the reminders", "stop the reminder", "stop my reminders", "stop my reminder",
        "stop reminding me", "cancel reminders", "cancel reminder", "cancel the reminder", "cancel the reminders",
        "cancel my reminder", "cancel my reminders", "turn off reminders", "turn off the reminder", "turn off the reminders",
        "turn off reminder", "turn reminders off", "reminders off", "reminder off", "no more reminders",
        "don't remind me", "dont remind me", "do not remind me", "/remind off", "/remind stop",
        "取消提醒", "停止提醒", "关闭提醒", "关掉提醒", "取消每日提醒", "取消每天的提醒", "提醒关闭", "不要提醒我", "不要提醒我了",
        "不要再提醒我了", "别提醒我", "别提醒我了", "别再提醒我了", "不用提醒我了", "不用再提醒我了",
    };

    private static readonly HashSet<string> UsagePhrases = new(StringComparer.Ordinal)
    {
        "remind me", "reminder", "reminders", "set a reminder", "set reminder", "daily reminder", "/remind",
        "提醒", "提醒我", "设置提醒", "每日提醒", "每天提醒我",
    };

    /// <summary>The reminder command in <paramref name="text"/>; <see cref="ReminderIntent.None"/> when it is none.</summary>
    public static ReminderIntent Parse(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return ReminderIntent.None;
        }

        var polite = PolitePrefix().Replace(normalized, "");
        if (StopPhrases.Contains(polite))
        {
            return ReminderIntent.Stop;
        }

        if (UsagePhrases.Contains(polite))
        {
            return ReminderIntent.Usage;
        }

        if (normalized.StartsWith("/remind ", StringComparison.Ordinal))
        {
            var slash = Read(normalized["/remind ".Length..], ReminderTimeReader.EnglishTimes(), EnglishFillers(), ReminderTimeReader.English);
            return slash.Kind == ReminderIntentKind.None ? ReminderIntent.Usage : slash;
        }

        if (EnglishLead().Match(normalized) is { Success: true } lead)
        {
            return Read(lead.Groups["rest"].Value, ReminderTimeReader.EnglishTimes(), EnglishFillers(), ReminderTimeReader.English);
        }

        return normalized.Contains("提醒", StringComparison.Ordinal)
            ? Read(normalized, ReminderTimeReader.ChineseTimes(), ChineseFillers(), ReminderTimeReader.Chinese)
            : ReminderIntent.None;
    }

    // Set when the rest is one readable time among fillers; Usage when it is only fillers and unreadable times
    // ("at 25:00", "at 9 and 21"); None when anything else is left ("remind me what attention is").
    private static ReminderIntent Read(string rest, Regex times, Regex fillers, Func<Match, string, TimeOnly?> read)
    {
        var found = times.Matches(rest);
        var leftover = fillers.Replace(times.Replace(rest, " "), " ");
        if (leftover.Any(char.IsLetterOrDigit))
        {
            return ReminderIntent.None;
        }

        return found.Count == 1 && read(found[0], rest) is { } at ? new ReminderIntent(ReminderIntentKind.Set, at) : ReminderIntent.Usage;
    }

    private static string Normalize(string? text) =>
        MultiSpace().Replace((text ?? "").Trim().ToLowerInvariant(), " ").TrimEnd('.', '。', '!', '！', '~', ' ');

    [GeneratedRegex(@"^(?:please\s+|请)")]
    private static partial Regex PolitePrefix();

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:remind\s+me|set\s+(?:up\s+)?(?:a\s+|my\s+)?(?:daily\s+)?reminders?|(?:daily\s+)?reminders?)(?=\s|,|$)(?<rest>.*)$")]
    private static partial Regex EnglishLead();

    [GeneratedRegex(@"(?<![\w'])(?:every|everyday|each|day|days|daily|at|for|to|on|in|the|a|me|my|and|please|review|reviews|revise|practice|practise|study|morning|afternoon|evening|night|tonight|o'clock|oclock)(?![\w'])")]
    private static partial Regex EnglishFillers();

    [GeneratedRegex(@"每一天|每天|每日|天天|请|帮我|麻烦|记得|提醒我|提醒|一下|复习|练习|做题|刷题|准时|时候|在|的|吧|都|要|我|去")]
    private static partial Regex ChineseFillers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}
