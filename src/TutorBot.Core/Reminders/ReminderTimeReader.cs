using System.Text.RegularExpressions;

namespace TutorBot.Core.Reminders;

/// <summary>
/// Times of day as people write them: "9", "9am", "9:30 pm", "21:30", "8 in the evening", "noon"; "9点", "九点半",
/// "晚上8点" (20:00), "下午3点一刻" (15:15), "凌晨12点" (00:00), "21：30". Null for a time that does not exist (25:00, 13pm).
/// </summary>
internal static partial class ReminderTimeReader
{
    /// <summary>The time <paramref name="time"/> (a match of <see cref="EnglishTimes"/>) names; a period word elsewhere in <paramref name="message"/> ("every evening at 8") shifts it like one after it.</summary>
    public static TimeOnly? English(Match time, string message)
    {
        if (time.Groups["noon"].Success)
        {
            return new TimeOnly(12, 0);
        }

        if (time.Groups["midnight"].Success)
        {
            return new TimeOnly(0, 0);
        }

        var hour = int.Parse(time.Groups["h"].Value);
        var minute = time.Groups["m"].Success ? int.Parse(time.Groups["m"].Value) : 0;
        var meridiem = time.Groups["ap"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = meridiem.StartsWith('a') ? hour % 12 : hour % 12 + 12;
        }
        else
        {
            var period = time.Groups["p"].Success ? time.Groups["p"].Value : PeriodWord().Match(message).Value switch
            {
                "morning" => "in the morning",
                "afternoon" => "in the afternoon",
                "evening" => "in the evening",
                "night" or "tonight" => "at night",
                _ => "",
            };
            hour = period switch
            {
                "in the morning" => hour == 12 ? 0 : hour,
                "at night" or "tonight" => hour == 12 ? 0 : hour is >= 5 and <= 11 ? hour + 12 : hour,
                "in the afternoon" or "in the evening" => hour is >= 1 and <= 11 ? hour + 12 : hour,
                _ => hour,
            };
        }

        return Valid(hour, minute);
    }

    /// <summary>The time <paramref name="time"/> (a match of <see cref="ChineseTimes"/>) names; its period word (晚上, 下午, …) comes with it.</summary>
    public static TimeOnly? Chinese(Match time, string message)
    {
        var hour = ChineseNumber.Parse(time.Groups["h"].Value);
        var minute = time.Groups["half"].Success ? 30
            : time.Groups["quarter"].Value == "一刻" ? 15
            : time.Groups["quarter"].Value == "三刻" ? 45
            : time.Groups["m"].Success ? ChineseNumber.Parse(time.Groups["m"].Value)
            : 0;
        hour = time.Groups["p"].Value switch
        {
            "凌晨" => hour == 12 ? 0 : hour,
            "中午" => hour is >= 1 and <= 5 ? hour + 12 : hour,
            "午后" or "下午" or "傍晚" => hour is >= 1 and <= 11 ? hour + 12 : hour,
            // 晚上11点 is 23:00, 晚上12点 midnight; 晚上1点 is read as 01:00 (one at night).
            "晚上" or "夜里" or "夜晚" or "今晚" or "每晚" => hour == 12 ? 0 : hour is >= 5 and <= 11 ? hour + 12 : hour,
            _ => hour,
        };
        return Valid(hour, minute);
    }

    [GeneratedRegex(@"(?<![\w:.])(?:(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?:\s*(?<ap>a\.?m\.?|p\.?m\.?)|\s*o'?clock)?(?:\s+(?<p>in the morning|in the afternoon|in the evening|at night|tonight))?|(?<noon>noon|midday)|(?<midnight>midnight))(?![\w:])")]
    public static partial Regex EnglishTimes();

    [GeneratedRegex(@"(?<p>早上|早晨|清晨|上午|凌晨|中午|午后|下午|傍晚|晚上|夜里|夜晚|今晚|每晚)?\s*(?:(?<h>\d{1,2})\s*[:：]\s*(?<m>\d{2})|(?<h>\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*(?:点钟|点|點|时|時)\s*(?:(?<half>半)|(?<quarter>一刻|三刻)|(?<m>\d{1,2}|[零〇一二三四五六七八九十]{1,3})\s*分?)?)")]
    public static partial Regex ChineseTimes();

    [GeneratedRegex(@"(?<![\w'])(?:morning|afternoon|evening|night|tonight)(?![\w'])")]
    private static partial Regex PeriodWord();

    private static TimeOnly? Valid(int hour, int minute) =>
        hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
}
