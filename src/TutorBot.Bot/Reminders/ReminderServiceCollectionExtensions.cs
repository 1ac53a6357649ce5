using TutorBot.Core.Reminders;

namespace TutorBot.Bot.Reminders;

/// <summary>Registers daily review reminders in the bot host: options, the turn that sets and stops them, and the background rounds that send them.</summary>
internal static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReminderOptions"/> (section <c>Reminders</c>, validated at start-up, the default time zone
    /// included), <see cref="ReminderTurn"/>, the sender and checker, and <see cref="ReminderService"/>. Core's
    /// <see cref="ReminderStore"/> and <see cref="ReminderClaims"/> come from <c>AddTutorBot</c>.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => ReminderTimeZones.TryFind(o.DefaultTimeZone, out _),
                "Reminders:DefaultTimeZone must be a time zone this machine knows: an IANA name such as Asia/Shanghai, or UTC.")
            .ValidateOnStart();
        services.AddSingleton<ReminderTurn>();
        services.AddSingleton<ReminderSender>();
        services.AddSingleton<ReminderChecker>();
        services.AddHostedService<ReminderService>();
        return services;
    }
}
