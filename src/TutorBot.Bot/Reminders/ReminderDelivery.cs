namespace TutorBot.Bot.Reminders;

/// <summary>What became of a reminder sent.</summary>
internal enum ReminderDelivery
{
    /// <summary>The channel accepted it.</summary>
    Sent,

    /// <summary>The conversation is gone (403 or 404: the bot was removed or blocked; a local Web Chat conversation no longer kept): the reminder is turned off.</summary>
    Gone,

    /// <summary>Any other failure (5xx, network): logged; the day's reminder is not sent again.</summary>
    Failed,
}
