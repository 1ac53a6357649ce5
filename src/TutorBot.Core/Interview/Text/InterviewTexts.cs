namespace TutorBot.Core.Interview.Text;

/// <summary>The fixed sentences of the mock interview, in Chinese and English; everything else comes from the knowledge base.</summary>
public static class InterviewTexts
{
    public static BilingualText Question(int number, int total) => new(
        $"第 {number}/{total} 题：",
        $"Question {number} of {total}:");

    public static readonly BilingualText Commands = new(
        "（回答即可；也可以说：提示、跳过、重复、结束）",
        "(Answer in your own words, or say: hint, skip, repeat, stop)");

    public static BilingualText Hint(double cost) => new(
        $"提示（扣 {cost:0.#} 分）：",
        $"Hint (costs {cost:0.#} points):");

    public static readonly BilingualText NoMoreHints = new(
        "这道题没有更多提示了，试着作答吧。",
        "No more hints for this question; give it a try.");

    public static BilingualText Score(double score) => new(
        $"得分：{score:0.#}/10",
        $"Score: {score:0.#}/10");

    public static BilingualText HintsTaken(int hints, double cost) => new(
        $"（已用 {hints} 次提示，共扣 {hints * cost:0.#} 分）",
        $"({hints} hint(s) taken, -{hints * cost:0.#})");

    public static readonly BilingualText Skipped = new(
        "已跳过，本题 0 分。",
        "Skipped: 0 points.");

    public static readonly BilingualText OffTopic = new(
        "这个回答没有涉及题目的要点，本题 0 分。",
        "This answer does not address the question, so it scores 0.");

    public static readonly BilingualText MistakesTitle = new(
        "你的回答里有一个常见误区：",
        "Your answer states a common mistake:");

    public static BilingualText MistakeLine(Knowledge.CommonMistake m) => new(
        $"“{m.Claim.Zh}” 这是错的：{m.Why.Zh}",
        $"\"{m.Claim.En}\" is wrong: {m.Why.En}");

    public static BilingualText ExplainTitle(string question) => new(
        $"上一题（{question}）没答到的要点，以及它们为什么重要：",
        $"What your last answer ({question}) missed, and why it matters:");

    public static readonly BilingualText NothingMissed = new(
        "上一题的要点你都答到了。",
        "Your last answer made every key point.");

    public static readonly BilingualText NothingToExplain = new(
        "还没有已评分的回答可以解释。",
        "There is no graded answer to explain yet.");

    public static readonly BilingualText Good = new(
        "答到的要点：",
        "What you got right:");

    public static readonly BilingualText MissingPoints = new(
        "遗漏或不完整的要点（知识库原文）：",
        "Missing or incomplete (the knowledge base's words):");

    public static readonly BilingualText ReferenceFrom = new(
        "参考答案来源：",
        "Reference:");

    public static readonly BilingualText Partly = new(
        "部分",
        "partly");

    public static readonly BilingualText SideAnswer = new(
        "好问题，简单回答一下，然后我们回到面试题：",
        "Good question. Briefly, and then back to the interview:");

    public static readonly BilingualText SideWithheld = new(
        "这正是我在问你的问题，先说说你的理解吧（需要的话可以要一个提示）。",
        "That's exactly what I'm asking you. Give it your best try first (you can ask for a hint).");

    public static readonly BilingualText BackToQuestion = new(
        "回到这道题：",
        "Back to the question:");

    public static BilingualText ResumeOffer(int answered, int total) => new(
        $"你有一场未完成的面试（已答 {answered}/{total} 题）。继续上次的面试？（是/否）",
        $"You have an unfinished interview ({answered} of {total} answered). Continue where you left off? (yes/no)");

    public static BilingualText NoQuestions(string? topic) => new(
        $"知识库里没有关于“{topic}”的题目。试试别的主题，或者不指定主题。",
        $"The knowledge base has no questions on \"{topic}\". Try another topic, or none.");

    public static readonly BilingualText TopicsTitle = new(
        "可以按这些主题进行模拟面试（例如“模拟面试 位置编码 3题”）：",
        "You can take a mock interview on any of these topics (e.g. \"mock interview on positional encoding, 3 questions\"):");

    public static BilingualText TopicLine(TopicQuestions t) => new(
        $"{t.Topic.Name.Zh}（{t.Topic.Name.En}）：{t.Questions} 题",
        $"{t.Topic.Name.En} ({t.Topic.Name.Zh}): {t.Questions} questions");

    public static BilingualText SummaryTitle(bool stopped) => new(
        stopped ? "面试已结束（提前停止）。总结：" : "面试结束。总结：",
        stopped ? "Interview stopped. Summary:" : "Interview complete. Summary:");

    public static BilingualText Total(double total, double max) => new(
        $"总分：{total:0.#}/{max:0.#}",
        $"Total: {total:0.#}/{max:0.#}");

    public static readonly BilingualText NoAnswers = new(
        "还没有回答任何题目。",
        "No questions were answered.");

    public static readonly BilingualText WeakTopics = new(
        "薄弱主题：",
        "Weakest topics: ");

    public static readonly BilingualText StudyList = new(
        "建议复习的知识库条目：",
        "Study list (knowledge base entries to read):");

    public static readonly BilingualText AllGood = new(
        "所有题目都答得不错，暂无需要复习的条目。",
        "Every answer was solid; nothing urgent to study.");

    public static readonly BilingualText SkippedMark = new(
        "（跳过）",
        "(skipped)");
}
