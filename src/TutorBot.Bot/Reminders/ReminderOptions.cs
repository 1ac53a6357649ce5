using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot.Reminders;

/// <summary>Daily review reminders, section <c>Reminders</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>
    /// The time zone of a learner whose channel sends neither a time zone (<c>localTimezone</c>, sent by Teams and Web
    /// Chat) nor a local timestamp: an IANA name ("Asia/Shanghai") or "UTC"; checked at start-up.
    /// </summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>Seconds between two rounds of checking every reminder (1 to 86,400); a reminder goes out at most this late.</summary>
    [Range(1, 86_400)]
    public int CheckIntervalSeconds { get; set; } = 60;
}
