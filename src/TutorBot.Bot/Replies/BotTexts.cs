using TutorBot.Core;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The bot's own fixed sentences (not answers), each in Chinese and English; <c>{0}</c> and <c>{1}</c> are filled by
/// the caller. Pick a side with <see cref="BilingualText.In"/>, the language from <see cref="LanguageOf"/>.
/// </summary>
internal static class BotTexts
{
    public static readonly BilingualText Welcome = new(
        "你好,我是 {0},机器学习与大模型面试的学习助手。用中文或英文提问,我会根据经过审校的问答知识库作答,并标注所引用的条目;也可以开始一场模拟面试。知识库没有覆盖的问题,我会直说,不会乱猜。输入 **帮助** 或 **help** 查看我能做什么。",
        "Hi, I'm {0}, a study companion for ML and LLM interviews. Ask me a question (in English or Chinese) and I answer from a reviewed Q&A knowledge base, citing the entries I used, or start a mock interview. When the knowledge base does not cover a question, I say so instead of guessing. Type **help** to see what I can do.");

    public static readonly BilingualText Help = new(
        "**我能做什么**\n\n- 根据知识库回答机器学习/大模型面试题,用编号引用 [1] 标明出处。\n- 用你提问的语言回答(中文或 English)。\n- 推荐我能回答的后续问题。\n- 接受你对回答的 👍 / 👎,用于改进知识库。\n- **模拟面试**:说 *模拟面试*(或 *模拟面试 注意力 3题*、/interview);面试中可以说 *提示*、*跳过*、*重复*、*结束*。\n- **复习提醒**:说 *每天 9 点提醒我*(或 *每天晚上8点提醒我*),有题目到期时我会按时在这里提醒你;说 *取消提醒* 关闭。\n- 说 *我的进度*,查看各主题掌握度的图表、待复习的题数和最近的分数。\n- 说 *导出到 Anki*(或 *导出 注意力 到 Anki*),把要复习的题目(或整个主题)下载成 Anki 可导入的文件。\n\n试试:*为什么注意力要除以根号 d?* 或 *What is the difference between LayerNorm and BatchNorm?*",
        "**What I can do**\n\n- Answer ML/LLM interview questions from the knowledge base, with numbered citations [1] to the entries used.\n- Reply in the language you write in (English or 中文).\n- Suggest follow-up questions I can answer.\n- Take your 👍 / 👎 on an answer so the knowledge base can be improved.\n- Run a **mock interview**: say *mock interview* (or *mock interview on attention, 3 questions*, or /interview); during it say *hint*, *skip*, *repeat* or *stop*.\n- **Review reminders**: say *remind me every day at 9* (or *remind me at 21:30*) and I'll message you here at that time when reviews are due; *stop reminders* turns them off.\n- Say *my progress* for a chart of your mastery per topic, the reviews due and your recent scores.\n- Say *export to Anki* (or *export attention to Anki*) to download your study list (or a whole topic) as a file Anki imports.\n\nTry: *Why is attention scaled by the square root of d?* or *LayerNorm 和 BatchNorm 的区别是什么?*");

    public static readonly BilingualText SomethingWentWrong = new(
        "抱歉,我这边回答时出了点问题,请稍后再试。",
        "Sorry, something went wrong on my side while answering. Please try again in a moment.");

    public static readonly BilingualText StorageUnavailable = new(
        "抱歉,我这边保存学习记录的存储暂时出了问题,模拟面试、学习进度和提醒要等它恢复后才能用。你之前保存的内容不会丢失。提问不受影响,可以继续问我。",
        "Sorry, the storage where I keep your progress has a problem on my side right now, so mock interviews, progress and reminders have to wait until it is back. Nothing you saved before is lost. Questions still work: ask away.");

    public static readonly BilingualText AnswerNotSaved = new(
        "抱歉,我这边的存储出了问题,刚才这条没能保存,也没有计分。之前保存的回答都还在,请稍后再发一次。",
        "Sorry, I couldn't save that because of a storage problem on my side, so it was not counted. Everything saved before is kept; please send it again in a little while.");

    public static readonly BilingualText DamagedStateSetAside = new(
        "你保存的部分学习记录(模拟面试或复习计划)已损坏、无法读取。我把它单独保留了下来(没有删除,管理员可以查看),你可以从头开始:说 *模拟面试* 即可开始新的一场。",
        "Part of your saved progress (a mock interview or your review schedule) is damaged and could not be read. I've set it aside (kept, not deleted, for the operator to look at) so you can start afresh: say *mock interview* to begin a new one.");

    public static readonly BilingualText TooLong = new(
        "这条消息太长了({0} 个字符,最多 {1} 个)。请提一个简短的问题。",
        "That message is too long for me ({0} characters; at most {1}). Please ask a shorter, single question.");

    public static readonly BilingualText NotReady = new(
        "知识库还在加载中,请几秒钟后再问。",
        "I'm still loading the knowledge base. Please ask again in a few seconds.");

    public static readonly BilingualText Sources = new(
        "参考条目",
        "Sources");

    public static readonly BilingualText Helpful = new(
        "👍 有帮助",
        "👍 Helpful");

    public static readonly BilingualText NotHelpful = new(
        "👎 没帮助",
        "👎 Not helpful");

    public static readonly BilingualText ThanksForFeedback = new(
        "谢谢你的反馈,这能帮助我们改进知识库。",
        "Thanks for the feedback, it helps improve the knowledge base.");

    public static readonly BilingualText YouMightAsk = new(
        "你还可以问:",
        "You could also ask:");

    public static readonly BilingualText AiGenerated = new(
        "由 AI 根据所引用条目生成",
        "AI generated from the cited entries");

    public static readonly BilingualText InterviewPitch = new(
        "来一场模拟面试:从知识库出题,对照参考答案逐题打分并给出带引用的反馈,最后给出复习清单。",
        "Practise for the real thing: a mock interview asks questions from the knowledge base, grades each answer against the reference with cited feedback, and ends with a study list.");

    public static readonly BilingualText StartInterview = new(
        "🎤 开始模拟面试",
        "🎤 Start a mock interview");

    public static readonly BilingualText StartCommand = new(
        "模拟面试",
        "mock interview");

    public static readonly BilingualText AnotherInterview = new(
        "🎤 再来一场模拟面试",
        "🎤 Another mock interview");

    public static readonly BilingualText MyProgress = new(
        "📈 我的进度",
        "📈 My progress");

    public static readonly BilingualText ProgressCommand = new(
        "我的进度",
        "my progress");

    /// <summary>The language to reply in to <paramref name="userText"/>.</summary>
    public static Language LanguageOf(string? userText) => LanguageDetector.Detect(userText);
}
