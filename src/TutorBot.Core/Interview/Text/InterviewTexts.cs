namespace TutorBot.Core.Interview.Text;

/// <summary>The fixed sentences of the mock interview, in Chinese and English; everything else comes from the knowledge base.</summary>
public static class InterviewTexts
{
    private static string Pick(Language language, string zh, string en) => language == Language.Chinese ? zh : en;

    public static string Question(Language l, int number, int total) => Pick(l, $"第 {number}/{total} 题：", $"Question {number} of {total}:");

    public static string Commands(Language l) => Pick(l,
        "（回答即可；也可以说：提示、跳过、重复、结束）",
        "(Answer in your own words, or say: hint, skip, repeat, stop)");

    public static string Hint(Language l, double cost) => Pick(l, $"提示（扣 {cost:0.#} 分）：", $"Hint (costs {cost:0.#} points):");

    public static string NoMoreHints(Language l) => Pick(l, "这道题没有更多提示了，试着作答吧。", "No more hints for this question; give it a try.");

    public static string Score(Language l, double score) => Pick(l, $"得分：{score:0.#}/10", $"Score: {score:0.#}/10");

    public static string HintsTaken(Language l, int hints, double cost) => Pick(l, $"（已用 {hints} 次提示，共扣 {hints * cost:0.#} 分）", $"({hints} hint(s) taken, -{hints * cost:0.#})");

    public static string Skipped(Language l) => Pick(l, "已跳过，本题 0 分。", "Skipped: 0 points.");

    public static string OffTopic(Language l) => Pick(l, "这个回答没有涉及题目的要点，本题 0 分。", "This answer does not address the question, so it scores 0.");

    public static string MistakesTitle(Language l) => Pick(l, "你的回答里有一个常见误区：", "Your answer states a common mistake:");

    public static string MistakeLine(Language l, Knowledge.CommonMistake m) => Pick(l,
        $"“{m.Claim.Zh}” 这是错的：{m.Why.Zh}",
        $"\"{m.Claim.En}\" is wrong: {m.Why.En}");

    public static string ExplainTitle(Language l, string question) => Pick(l,
        $"上一题（{question}）没答到的要点，以及它们为什么重要：",
        $"What your last answer ({question}) missed, and why it matters:");

    public static string NothingMissed(Language l) => Pick(l, "上一题的要点你都答到了。", "Your last answer made every key point.");

    public static string NothingToExplain(Language l) => Pick(l, "还没有已评分的回答可以解释。", "There is no graded answer to explain yet.");

    public static string Good(Language l) => Pick(l, "答到的要点：", "What you got right:");

    public static string MissingPoints(Language l) => Pick(l, "遗漏或不完整的要点（知识库原文）：", "Missing or incomplete (the knowledge base's words):");

    public static string ReferenceFrom(Language l) => Pick(l, "参考答案来源：", "Reference:");

    public static string Partly(Language l) => Pick(l, "部分", "partly");

    public static string SideAnswer(Language l) => Pick(l, "好问题，简单回答一下，然后我们回到面试题：", "Good question. Briefly, and then back to the interview:");

    public static string SideWithheld(Language l) => Pick(l,
        "这正是我在问你的问题，先说说你的理解吧（需要的话可以要一个提示）。",
        "That's exactly what I'm asking you. Give it your best try first (you can ask for a hint).");

    public static string BackToQuestion(Language l) => Pick(l, "回到这道题：", "Back to the question:");

    public static string ResumeOffer(Language l, int answered, int total) => Pick(l,
        $"你有一场未完成的面试（已答 {answered}/{total} 题）。继续上次的面试？（是/否）",
        $"You have an unfinished interview ({answered} of {total} answered). Continue where you left off? (yes/no)");

    public static string NoQuestions(Language l, string? topic) => Pick(l,
        $"知识库里没有关于“{topic}”的题目。试试别的主题，或者不指定主题。",
        $"The knowledge base has no questions on \"{topic}\". Try another topic, or none.");

    public static string TopicsTitle(Language l) => Pick(l,
        "可以按这些主题进行模拟面试（例如“模拟面试 位置编码 3题”）：",
        "You can take a mock interview on any of these topics (e.g. \"mock interview on positional encoding, 3 questions\"):");

    public static string TopicLine(Language l, TopicQuestions t) => Pick(l,
        $"{t.Topic.Name.Zh}（{t.Topic.Name.En}）：{t.Questions} 题",
        $"{t.Topic.Name.En} ({t.Topic.Name.Zh}): {t.Questions} questions");

    public static string SummaryTitle(Language l, bool stopped) => Pick(l,
        stopped ? "面试已结束（提前停止）。总结：" : "面试结束。总结：",
        stopped ? "Interview stopped. Summary:" : "Interview complete. Summary:");

    public static string Total(Language l, double total, double max) => Pick(l, $"总分：{total:0.#}/{max:0.#}", $"Total: {total:0.#}/{max:0.#}");

    public static string NoAnswers(Language l) => Pick(l, "还没有回答任何题目。", "No questions were answered.");

    public static string WeakTopics(Language l) => Pick(l, "薄弱主题：", "Weakest topics: ");

    public static string StudyList(Language l) => Pick(l, "建议复习的知识库条目：", "Study list (knowledge base entries to read):");

    public static string AllGood(Language l) => Pick(l, "所有题目都答得不错，暂无需要复习的条目。", "Every answer was solid; nothing urgent to study.");

    public static string SkippedMark(Language l) => Pick(l, "（跳过）", "(skipped)");
}
