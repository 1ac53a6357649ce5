using TutorBot.Core.Knowledge;

namespace TutorBot.Core.FollowUps;

/// <summary>The fixed sentences of follow-up replies, in both languages; everything else comes from the entries.</summary>
internal static class FollowUpTexts
{
    public static readonly BilingualText Because = new("为什么？要点如下：", "Why? Because:");

    public static readonly BilingualText RulesOut = new("这也排除了几个常见误解：", "This also rules out some common mistakes:");

    public static readonly BilingualText Example = new("举个例子：", "An example:");

    public static readonly BilingualText NoExample = new("这一条没有现成的例子。同一主题里有例子的最近一条是：", "This entry has no worked example. The closest entry that has one:");

    public static readonly BilingualText NoExampleAnywhere = new("这一条没有现成的例子，它的要点是：", "This entry has no worked example; its key points are:");

    public static readonly BilingualText Repeated = new("你刚刚问过这个问题，完整回答在上面。这里是它的要点：", "You just asked this; the full answer is above. Its key points:");

    public static readonly BilingualText NothingMore = new("这个主题下的条目你都看过了。上一条的要点：", "You have seen every entry on this topic. The last entry's key points:");

    public static readonly BilingualText Compared = new("知识库里没有直接对比这两者的条目，下面把两条并排列出：", "No entry compares the two directly; here they are side by side:");

    public static BilingualText More(SyllabusTopic? topic) => topic is null
        ? new("相关的、你还没看过的问题：", "Related questions you have not seen yet:")
        : new($"「{topic.Name.Zh}」主题下你还没看过的问题：", $"More on {topic.Name.En} that you have not seen yet:");

    public static BilingualText SameTopic(SyllabusTopic topic) => new(
        $"它和上一个问题同属「{topic.Name.Zh}」主题。",
        $"It belongs to the same topic as the previous question: {topic.Name.En}.");
}
