using TutorBot.Core;

namespace TutorBot.Bot.Replies;

/// <summary>The bot's own sentences around an Anki export (the shared ones are Core's <c>StudyExportTexts</c>); <c>{0}</c> is filled by the caller.</summary>
internal static class ExportBotTexts
{
    public static readonly BilingualText TopicExample = new(
        "“导出 注意力 到 Anki”",
        "\"export attention to Anki\"");

    public static readonly BilingualText LinkLifetime = new(
        "下载链接 {0} 分钟内有效。",
        "The download link works for {0} minutes.");

    public static readonly BilingualText AcceptToSave = new(
        "接受下面的文件，它会保存到你的 OneDrive，然后就能下载。",
        "Accept the file below to save it to your OneDrive, then download it from there.");

    public static readonly BilingualText ConsentDescription = new(
        "TutorBot 的 Anki 导入文件，{0} 张卡片",
        "Anki import file from TutorBot, {0} cards");

    public static readonly BilingualText Uploaded = new(
        "已保存到你的 OneDrive。下载后在 Anki 里选择 文件 → 导入。",
        "Saved to your OneDrive. Download it, then in Anki choose File → Import.");

    public static readonly BilingualText Declined = new(
        "好的，不上传这个文件。需要时再说“导出到 Anki”。",
        "OK, I won't upload the file. Say \"export to Anki\" whenever you want it.");

    public static readonly BilingualText Expired = new(
        "这个文件已经过期了，请再说一次“导出到 Anki”。",
        "That file has expired. Say \"export to Anki\" again for a fresh one.");

    public static readonly BilingualText UploadFailed = new(
        "文件没能保存到你的 OneDrive，请稍后再试。",
        "I could not save the file to your OneDrive. Please try again in a moment.");

    public static readonly BilingualText PersonalChatOnly = new(
        "Teams 只允许我在一对一聊天里发送文件：请在和我的私聊里说“导出到 Anki”。",
        "Teams lets me send files only in a one-to-one chat: open a personal chat with me and say \"export to Anki\" there.");

    public static readonly BilingualText NoLink = new(
        "这里生成不了下载链接：需要在主机上设置 Export:PublicBaseUrl。",
        "I cannot make a download link here: the host needs Export:PublicBaseUrl set.");
}
