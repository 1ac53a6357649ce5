using System.Globalization;

namespace TutorBot.Core.Export;

/// <summary>
/// The fixed sentences around an Anki export, in Chinese and English, for the bot and the command line. Topics and
/// examples are inserted as given: a caller that renders markup passes them made safe.
/// </summary>
public static class StudyExportTexts
{
    public static BilingualText StudyList(int notes) => new(
        $"你最该复习的 {notes} 道题（预测记忆最弱的在前）已导出为 Anki 文件。",
        $"Your {notes} weakest {Questions(notes)} (lowest predicted recall first), as an Anki file.");

    public static BilingualText WholeTopic(int notes, BilingualText topic) => new(
        $"“{topic.Zh}”的全部 {notes} 道题已导出为 Anki 文件。",
        $"All {notes} {Questions(notes)} on {topic.En}, as an Anki file.");

    public static readonly BilingualText HowToImport = new(
        "在 Anki 里选择 文件 → 导入，选中这个文件：它是带表头的制表符分隔文本，字段、牌组（TutorBot）和标签会自动填好。以后重新导出再导入，会更新同一批卡片（按 GUID 列对应），不会重复添加。",
        "In Anki, choose File → Import and pick the file: it is tab-separated text with headers, so the fields, the deck (TutorBot) and the tags fill themselves in. Importing a later export updates the same cards (matched by the GUID column) instead of adding duplicates.");

    public static BilingualText NothingToStudy(double belowScore, BilingualText example) => new(
        string.Create(CultureInfo.InvariantCulture, $"你还没有需要复习的题：做过的题都在 {belowScore:0.#} 分以上，而且还记得牢（或者还没做过模拟面试）。先来一场模拟面试，或者导出一个完整主题，例如 {example.Zh}。"),
        string.Create(CultureInfo.InvariantCulture, $"Nothing to study yet: every question you were asked scored {belowScore:0.#} or more and is still fresh in memory (or you have not taken a mock interview yet). Take a mock interview first, or export a whole topic, for example {example.En}."));

    public static BilingualText UnknownTopic(string topic) => new(
        $"知识库里没有“{topic}”这个主题。",
        $"The knowledge base has no topic \"{topic}\".");

    public static readonly BilingualText TopicsTitle = new(
        "可以导出这些主题：",
        "Topics you can export:");

    private static string Questions(int n) => n == 1 ? "question" : "questions";
}
