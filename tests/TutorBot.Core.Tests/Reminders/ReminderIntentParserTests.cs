using TutorBot.Core.Reminders;

namespace TutorBot.Core.Tests.Reminders;

public sealed class ReminderIntentParserTests
{
    [Theory]
    [InlineData("remind me every day at 9", 9, 0)]
    [InlineData("Remind me every day at 9.", 9, 0)]
    [InlineData("remind me at 21:30", 21, 30)]
    [InlineData("remind me daily at 9am", 9, 0)]
    [InlineData("remind me at 9 am", 9, 0)]
    [InlineData("remind me at 9:15 p.m.", 21, 15)]
    [InlineData("please remind me at 8pm to review", 20, 0)]
    [InlineData("remind me at 12am", 0, 0)]
    [InlineData("remind me at 12pm", 12, 0)]
    [InlineData("remind me at 8 in the evening", 20, 0)]
    [InlineData("remind me every evening at 8", 20, 0)]
    [InlineData("remind me every morning at 7:45", 7, 45)]
    [InlineData("remind me at noon", 12, 0)]
    [InlineData("remind me at 0:00", 0, 0)]
    [InlineData("set a daily reminder for 7:30", 7, 30)]
    [InlineData("can you remind me at 6 every day", 6, 0)]
    [InlineData("/remind 21:30", 21, 30)]
    [InlineData("/remind 9am", 9, 0)]
    public void ReadsEnglishTimes(string text, int hour, int minute)
    {
        var intent = ReminderIntentParser.Parse(text);

        Assert.Equal(ReminderIntentKind.Set, intent.Kind);
        Assert.Equal(new TimeOnly(hour, minute), intent.At);
    }

    [Theory]
    [InlineData("每天 9 点提醒我", 9, 0)]
    [InlineData("每天9点提醒我", 9, 0)]
    [InlineData("每天晚上8点提醒我", 20, 0)]
    [InlineData("每晚8点提醒我复习", 20, 0)]
    [InlineData("每天 21:30 提醒我", 21, 30)]
    [InlineData("每天21：30提醒我", 21, 30)]
    [InlineData("提醒我每天早上九点半复习", 9, 30)]
    [InlineData("请每天下午3点一刻提醒我", 15, 15)]
    [InlineData("每天晚上十一点提醒我", 23, 0)]
    [InlineData("每天晚上12点提醒我", 0, 0)]
    [InlineData("每天凌晨12点提醒我", 0, 0)]
    [InlineData("每天中午12点提醒我", 12, 0)]
    [InlineData("每天中午1点提醒我", 13, 0)]
    [InlineData("每天9点45分提醒我做题", 9, 45)]
    [InlineData("每天二十点零五提醒我", 20, 5)]
    [InlineData("每天早上 7 点钟提醒我一下。", 7, 0)]
    public void ReadsChineseTimes(string text, int hour, int minute)
    {
        var intent = ReminderIntentParser.Parse(text);

        Assert.Equal(ReminderIntentKind.Set, intent.Kind);
        Assert.Equal(new TimeOnly(hour, minute), intent.At);
    }

    [Theory]
    [InlineData("stop reminders")]
    [InlineData("Stop reminders.")]
    [InlineData("cancel my reminder")]
    [InlineData("please turn off reminders")]
    [InlineData("don't remind me")]
    [InlineData("/remind off")]
    [InlineData("取消提醒")]
    [InlineData("请取消提醒")]
    [InlineData("停止提醒")]
    [InlineData("别再提醒我了！")]
    public void ReadsStops(string text)
    {
        Assert.Equal(ReminderIntentKind.Stop, ReminderIntentParser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("remind me")]
    [InlineData("reminders")]
    [InlineData("/remind")]
    [InlineData("提醒我")]
    [InlineData("remind me at 25:00")]
    [InlineData("remind me at 13pm")]
    [InlineData("remind me at 9 and 21")]
    [InlineData("每天25点提醒我")]
    [InlineData("/remind whenever")]
    public void AsksForAReadableTime(string text)
    {
        Assert.Equal(ReminderIntentKind.Usage, ReminderIntentParser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("remind me what attention is")]
    [InlineData("remind me why we scale by the square root of d")]
    [InlineData("can you remind me of the 2 types of positional encoding?")]
    [InlineData("what is a reminder gate in an LSTM at step 9?")]
    [InlineData("mock interview at 9")]
    [InlineData("stop")]
    [InlineData("9")]
    [InlineData("提醒我一下什么是注意力")]
    [InlineData("注意力机制 9 点")]
    [InlineData("")]
    [InlineData(null)]
    public void LeavesOtherMessagesAlone(string? text)
    {
        Assert.Equal(ReminderIntentKind.None, ReminderIntentParser.Parse(text).Kind);
    }
}
