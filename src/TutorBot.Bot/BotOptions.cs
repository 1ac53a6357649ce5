using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot;

/// <summary>
/// Settings of the bot itself, section <c>Bot</c>. The Bot Framework identity (<c>MicrosoftAppId</c>,
/// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>) stays at the top level of the
/// configuration where the SDK and Azure's templates put it; the password comes from the environment.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The name users see in the welcome message and the Teams app.</summary>
    [Required]
    public string DisplayName { get; set; } = "TutorBot";

    /// <summary>Longest question, in characters, that is answered; a longer message gets a polite request to shorten it.</summary>
    [Range(16, 100_000)]
    public int MaxQuestionChars { get; set; } = 2000;

    /// <summary>Most suggested follow-up questions offered as buttons under an answer (0 to 5).</summary>
    [Range(0, 5)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>Folder for feedback records (feedback.jsonl); relative paths resolve against the content root.</summary>
    [Required]
    public string DataFolder { get; set; } = "data/bot";

    /// <summary>Whether LLM answers stream in Teams personal chats (Teams' streaming protocol).</summary>
    public bool StreamInTeams { get; set; } = true;
}
