using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Answering;

/// <summary>
/// The fixed sentences TutorBot says in its own voice, in Chinese and English. Everything else an answer holds
/// comes from the knowledge base (or, in LLM mode, from the LLM reading it).
/// </summary>
public static class TutorReplies
{
    /// <summary>The knowledge base has nothing relevant.</summary>
    public static readonly BilingualText NotCovered = new(
        "抱歉，知识库中没有涉及这个问题的内容，我不想凭空作答。",
        "Sorry, the knowledge base does not cover this question, and I won't make up an answer.");

    /// <summary>Introduces the "did you mean" list after <see cref="NotCovered"/>.</summary>
    public static readonly BilingualText DidYouMean = new(
        "你是不是想问：",
        "Did you mean:");

    /// <summary>The question was empty.</summary>
    public static readonly BilingualText EmptyQuestion = new(
        "请输入一个问题。",
        "Please ask a question.");

    /// <summary>Shown before an entry whose recorded answer is cut off.</summary>
    public static readonly BilingualText Incomplete = new(
        "注意：知识库中这一条的答案不完整，以下是原文，未作补充。",
        "Note: the knowledge base's answer to this is incomplete; it is shown as recorded, without filling the gap.");

    /// <summary>Introduces a second, nearly as relevant entry.</summary>
    public static readonly BilingualText AlsoRelevant = new(
        "相关条目：",
        "Also relevant:");

    /// <summary>The LLM could not be used; the knowledge base's own answer follows.</summary>
    public static readonly BilingualText LlmUnavailable = new(
        "语言模型暂时不可用，以下直接给出知识库中的答案。",
        "The language model is unavailable right now; here is the knowledge base's own answer.");

    /// <summary>The LLM's answer cited nothing and was replaced.</summary>
    public static readonly BilingualText Ungrounded = new(
        "语言模型的回答没有引用知识库，已改为直接给出知识库中的答案。",
        "The language model's answer cited nothing from the knowledge base, so here is the knowledge base's own answer.");

    /// <summary>The LLM's answer cites nothing and is kept (only when replacement is turned off).</summary>
    public static readonly BilingualText UngroundedKept = new(
        "注意：这个回答没有引用知识库，可能不可靠。",
        "Note: this answer cites nothing from the knowledge base and may be unreliable.");

    /// <summary>Heading of the numbered sources list.</summary>
    public static readonly BilingualText Sources = new(
        "来源：",
        "Sources:");

    /// <summary>"Topic: … · Difficulty: standard (2/3)" in italics; null for an entry with neither.</summary>
    public static string? EntryFacts(KnowledgeEntry entry, Language language)
    {
        var parts = new List<string>();
        if (entry.Topic is { } topic)
        {
            parts.Add(TopicLabel.In(language) + topic.Name.In(language));
        }

        if (Difficulty(entry.Difficulty, language) is { } level)
        {
            parts.Add(DifficultyLabel.In(language) + level);
        }

        return parts.Count == 0 ? null : $"*{string.Join(" · ", parts)}*";
    }

    /// <summary>"basic (1/3)", "standard (2/3)", "advanced (3/3)" or 基础/中等/进阶; null outside 1 to 3.</summary>
    public static string? Difficulty(int level, Language language) => level is >= 1 and <= 3 ? Levels[level - 1].In(language) : null;

    private static readonly BilingualText TopicLabel = new("主题：", "Topic: ");

    private static readonly BilingualText DifficultyLabel = new("难度：", "Difficulty: ");

    private static readonly BilingualText[] Levels = [new("基础（1/3）", "basic (1/3)"), new("中等（2/3）", "standard (2/3)"), new("进阶（3/3）", "advanced (3/3)")];
}
