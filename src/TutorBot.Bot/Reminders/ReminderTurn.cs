using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Replies;
using TutorBot.Bot.Turns;
using TutorBot.Core;
using TutorBot.Core.Reminders;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// "remind me every day at 9" / "每天 9 点提醒我", "stop reminders" / "取消提醒": Core's parser reads the message, Core's
/// <see cref="ReminderStore"/> keeps the learner's reminder with the time zone the channel sent (the activity's
/// <c>localTimezone</c>, else its local timestamp's offset, else <see cref="ReminderOptions.DefaultTimeZone"/>) and
/// the conversation to write to later; the reply confirms in the learner's language. Returns false, having done
/// nothing, for a message that is no reminder command.
/// </summary>
internal sealed class ReminderTurn(ReminderStore store, IOptions<ReminderOptions> options, ILogger<ReminderTurn> logger)
{
    public async Task<bool> TryHandleAsync(ITurnContext<IMessageActivity> turnContext, string text, CancellationToken cancellationToken)
    {
        var intent = ReminderIntentParser.Parse(text);
        if (intent.Kind == ReminderIntentKind.None)
        {
            return false;
        }

        var activity = (Activity)turnContext.Activity;
        var chat = ChatKeys.Of(activity);
        var language = BotTexts.LanguageOf(text);
        var reply = intent.Kind switch
        {
            ReminderIntentKind.Set => await SetAsync(activity, intent.At!.Value, language, cancellationToken),
            ReminderIntentKind.Stop => (await store.StopAsync(chat, cancellationToken) ? ReminderTexts.Stopped : ReminderTexts.NothingToStop).In(language),
            _ => await UsageAsync(activity, language, cancellationToken),
        };
        logger.LogInformation("Reminder {Kind} on {ChannelId}", intent.Kind, activity.ChannelId);
        await turnContext.SendActivityAsync(MessageFactory.Text(reply), cancellationToken);
        return true;
    }

    private async Task<string> SetAsync(Activity activity, TimeOnly at, Language language, CancellationToken cancellationToken)
    {
        var zone = ReminderTimeZones.Choose(activity.LocalTimezone, activity.LocalTimestamp?.Offset, options.Value.DefaultTimeZone);
        await store.SetAsync(new Reminder(ChatKeys.Of(activity), at, zone, language, ReminderConversations.Of(activity)), cancellationToken);
        return string.Format(ReminderTexts.Set.In(language), Clock(at), zone);
    }

    private async Task<string> UsageAsync(Activity activity, Language language, CancellationToken cancellationToken)
    {
        var usage = ReminderTexts.Usage.In(language);
        return await store.FindAsync(ChatKeys.Of(activity), cancellationToken) is { Stopped: false } current
            ? usage + "\n\n" + string.Format(ReminderTexts.Current.In(language), Clock(current.At), current.TimeZone)
            : usage;
    }

    private static string Clock(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);
}
