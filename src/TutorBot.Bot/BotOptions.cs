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

    /// <summary>
    /// Largest request body, in bytes, that <c>/api/messages</c> and the local Direct Line read (1,024 to 16 MiB);
    /// a larger one is answered 413 before the bot sees it.
    /// </summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest id (activity, conversation, user, channel), in characters, that an incoming activity may carry
    /// (16 to 4,096); a longer one, or one with control characters, is answered 400.
    /// </summary>
    [Range(16, 4096)]
    public int MaxIdChars { get; set; } = 512;

    /// <summary>Most suggested follow-up questions offered as buttons under an answer (0 to 5).</summary>
    [Range(0, 5)]
    public int MaxSuggestions { get; set; } = 3;

    /// <summary>
    /// Folder where earlier versions appended feedback votes to <c>feedback.jsonl</c>; a file found there at start is
    /// imported into the state store once and renamed (votes now go to the store). Relative paths resolve against
    /// the content root.
    /// </summary>
    [Required]
    public string DataFolder { get; set; } = "data/bot";

    /// <summary>Whether LLM answers stream in Teams personal chats (Teams' streaming protocol).</summary>
    public bool StreamInTeams { get; set; } = true;

    /// <summary>
    /// On SIGTERM (or Ctrl+C) the host stops taking requests at once and waits this long, in seconds (1 to 600), for the
    /// turns in flight to finish and store their state; a turn still running after it is cut off, stores nothing and
    /// gets no reply (its user sends it again). Keep it below the platform's own grace period (Kubernetes: 30 s by
    /// default), and mind that a turn may wait up to <c>Llm:TimeoutSeconds</c> on the LLM.
    /// </summary>
    [Range(1, 600)]
    public int ShutdownTimeoutSeconds { get; set; } = 25;
}
