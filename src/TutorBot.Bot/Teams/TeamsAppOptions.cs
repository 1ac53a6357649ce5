using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot.Teams;

/// <summary>
/// What the Teams app package says about the publisher, section <c>Teams</c>. Teams requires https addresses; the
/// defaults point at the project's placeholders and should be replaced before publishing beyond a test tenant.
/// </summary>
public sealed class TeamsAppOptions
{
    public const string SectionName = "Teams";

    /// <summary>The app's version in the package, <c>major.minor.patch</c>; raise it for every upload.</summary>
    [Required, RegularExpression(@"^\d+\.\d+\.\d+$")]
    public string AppVersion { get; set; } = "1.0.0";

    [Required]
    public string DeveloperName { get; set; } = "TutorBot";

    [Required, Url]
    public string WebsiteUrl { get; set; } = "https://example.com/tutorbot";

    [Required, Url]
    public string PrivacyUrl { get; set; } = "https://example.com/tutorbot/privacy";

    [Required, Url]
    public string TermsOfUseUrl { get; set; } = "https://example.com/tutorbot/terms";
}
