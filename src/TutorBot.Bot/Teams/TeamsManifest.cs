using System.Text.Json.Nodes;

namespace TutorBot.Bot.Teams;

/// <summary>The Teams app manifest (schema 1.17) for the bot with id <paramref name="AppId"/>.</summary>
internal sealed record TeamsManifest(string AppId, string DisplayName, TeamsAppOptions App)
{
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    /// <summary>The commands Teams offers in the compose box; each is one the bot understands.</summary>
    public static readonly IReadOnlyList<(string Title, string Description)> Commands =
    [
        ("help", "What TutorBot can do / 我能做什么"),
        ("mock interview", "Start a mock interview / 模拟面试 (e.g. mock interview on attention, 3 questions)"),
        ("my progress", "Your mastery per topic as a chart, reviews due / 我的进度"),
        ("remind me every day at 9", "A daily reminder when reviews are due / 每天 9 点提醒我"),
        ("export to Anki", "Your weak questions (or a topic) as an Anki file / 导出到 Anki"),
        ("Why does attention divide by √d?", "Example: ask an interview question in English"),
        ("LayerNorm 和 BatchNorm 的区别?", "示例:用中文提问"),
    ];

    public JsonObject ToJson() => new()
    {
        ["$schema"] = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.17/MicrosoftTeams.schema.json",
        ["manifestVersion"] = "1.17",
        ["version"] = App.AppVersion,
        ["id"] = AppId,
        ["developer"] = new JsonObject
        {
            ["name"] = App.DeveloperName,
            ["websiteUrl"] = App.WebsiteUrl,
            ["privacyUrl"] = App.PrivacyUrl,
            ["termsOfUseUrl"] = App.TermsOfUseUrl,
        },
        ["name"] = new JsonObject { ["short"] = DisplayName, ["full"] = $"{DisplayName}: ML/LLM interview study companion" },
        ["description"] = new JsonObject
        {
            ["short"] = "Cited answers to ML and LLM interview questions.",
            ["full"] = "Ask machine-learning and LLM interview questions in English or Chinese. Answers come from a reviewed Q&A knowledge base and cite the entries used; questions the knowledge base does not cover are declined rather than guessed. 用中文或英文提问,回答来自经审校的知识库并标注引用。",
        },
        ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
        ["accentColor"] = AppIcons.AccentColor,
        ["bots"] = new JsonArray(new JsonObject
        {
            ["botId"] = AppId,
            ["scopes"] = ToArray(Scopes),
            ["supportsFiles"] = true, // the Anki export sends its file through a file consent card (personal chat only)
            ["isNotificationOnly"] = false,
            ["commandLists"] = new JsonArray(new JsonObject
            {
                ["scopes"] = ToArray(Scopes),
                ["commands"] = new JsonArray(Commands.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["description"] = c.Description }).ToArray()),
            }),
        }),
        ["permissions"] = ToArray(["identity", "messageTeamMembers"]),
        ["validDomains"] = new JsonArray(),
    };

    private static JsonArray ToArray(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
}
