using System.ComponentModel.DataAnnotations;

namespace TutorBot.Bot.Exports;

/// <summary>
/// How the bot hands out Anki export files, section <c>Export</c>. A prepared file is kept in the state store (so any
/// host behind the same store can serve it) until it expires, and each user keeps at most
/// <see cref="MaxFilesPerUser"/> of them.
/// </summary>
public sealed class ExportOptions : IValidatableObject
{
    public const string SectionName = "Export";

    /// <summary>
    /// The host's address as users' browsers reach it (<c>https://tutorbot.example.com/</c>), for download links.
    /// Empty (the default): the address of the request the turn came in on, which is right for the local Web Chat page
    /// and for a host reached directly; set it behind a proxy that rewrites the host or scheme.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a prepared file can be downloaded (or, in Teams, accepted), in minutes (1 to 10,080).</summary>
    [Range(1, 10_080)]
    public int DownloadMinutes { get; set; } = 60;

    /// <summary>Most prepared files kept per user (1 to 50); preparing one more drops the oldest.</summary>
    [Range(1, 50)]
    public int MaxFilesPerUser { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Export:PublicBaseUrl must be an absolute http or https URL, or empty.", [nameof(PublicBaseUrl)]);
        }
    }
}
