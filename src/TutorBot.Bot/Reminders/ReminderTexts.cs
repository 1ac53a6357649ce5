using TutorBot.Core;

namespace TutorBot.Bot.Reminders;

/// <summary>The bot's sentences about reminders, in Chinese and English; <c>{0}</c> and <c>{1}</c> are filled by the caller.</summary>
internal static class ReminderTexts
{
    public static readonly BilingualText Set = new(
        "⏰ 已设置提醒:每天 {0}({1})起,有题目到期时我会在这里提醒你复习。说 **取消提醒** 可以关闭。",
        "⏰ Reminder set: every day from {0} ({1}), when reviews are due, I'll remind you here. Say **stop reminders** to turn it off.");

    public static readonly BilingualText Stopped = new(
        "已取消每日复习提醒。想再开启,说 *每天 9 点提醒我*。",
        "Reminders are off. Say *remind me every day at 9* to turn them back on.");

    public static readonly BilingualText NothingToStop = new(
        "你还没有开启复习提醒。",
        "You have no reminder on.");

    public static readonly BilingualText Usage = new(
        "**每日复习提醒**:说 *每天 9 点提醒我*(或 *每天晚上8点提醒我*、*每天 21:30 提醒我*),有题目到期的日子,我会在那个时间在这里提醒你;说 *取消提醒* 关闭。",
        "**Daily review reminders**: say *remind me every day at 9* (or *remind me at 21:30*, *remind me at 8pm*) and on days when reviews are due I'll message you here at that time; *stop reminders* turns them off.");

    public static readonly BilingualText Current = new(
        "当前:每天 {0}({1})。",
        "Now: every day at {0} ({1}).");

    public static readonly BilingualText OneDue = new(
        "⏰ 今天有 {0} 道题该复习了。",
        "⏰ You have {0} review due today.");

    public static readonly BilingualText ManyDue = new(
        "⏰ 今天有 {0} 道题该复习了。",
        "⏰ You have {0} reviews due today.");

    public static readonly BilingualText ReviewPitch = new(
        "来一场简短的模拟面试,先问到期的题目:趁快要忘记时复习,记得最牢。",
        "A short mock interview asks the due questions first: reviewing just before you would forget is what makes it stick.");

    public static readonly BilingualText StartReview = new(
        "🔁 开始复习",
        "🔁 Start the review");

    /// <summary>The interview start the button sends (<c>InterviewIntentParser</c>): as many questions as are due; due questions are asked first.</summary>
    public static readonly BilingualText ReviewCommand = new(
        "模拟面试 {0}题",
        "mock interview, {0} questions");

    public static readonly BilingualText OneReviewCommand = new(
        "模拟面试 1题",
        "mock interview, 1 question");
}
