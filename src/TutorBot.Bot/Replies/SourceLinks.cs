using TutorBot.Core;
using TutorBot.Core.Answering;

namespace TutorBot.Bot.Replies;

/// <summary>How a citation reads and links in a reply: title in the reply language, web address when it has one.</summary>
internal static class SourceLinks
{
    public static string DisplayTitle(Citation citation, Language language) =>
        language == Language.English && citation.TitleEn is { Length: > 0 } en ? en : citation.Title;

    /// <summary>" · topic · difficulty" for the card line; empty when the entry has neither.</summary>
    public static string TopicAndDifficulty(Citation citation, Language language) =>
        string.Concat(new[] { citation.Topic?.Name.In(language), TutorReplies.Difficulty(citation.Difficulty, language) }
            .OfType<string>().Select(part => " · " + part));

    /// <summary>The citation's source when it is a web address; null for a knowledge file path or nothing.</summary>
    public static string? UrlOf(Citation citation) =>
        Uri.TryCreate(citation.Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    /// <summary>
    /// Markdown reference definitions (<c>[1]: url "title"</c>) that Web Chat renders as a citation list under the
    /// text and that turn the <c>[n]</c> markers into links. Citations without a web address are left out.
    /// </summary>
    public static string ReferenceDefinitions(GroundedAnswer answer) => ReferenceDefinitions(answer.Citations, answer.Language);

    /// <summary>The reference definitions of <paramref name="citations"/>, titled in <paramref name="language"/>.</summary>
    public static string ReferenceDefinitions(IReadOnlyList<Citation> citations, Language language) => string.Join("\n", citations
        .Where(c => UrlOf(c) is not null)
        .Select(c => $"[{c.N}]: {UrlOf(c)} \"{DisplayTitle(c, language).Replace("\"", "'")} ({c.EntryId})\""));
}
