using System.Text.RegularExpressions;
using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Reads the reference list that follows a heading such as "参考链接:". Items are numbered or bulleted lines (or
/// every line, when the list is neither); each becomes a title and/or a URL. A numbered list ends at the first line
/// that is not numbered, so the page's own address printed below it is not taken for a reference.
/// </summary>
public static partial class ReferenceExtractor
{
    /// <summary>The references listed after the heading at <paramref name="headingIndex"/>, and the index of the line after the list.</summary>
    public static (IReadOnlyList<PageReference> References, int End) Extract(PageText page, int headingIndex)
    {
        var lines = page.Lines;
        var references = new List<PageReference>();
        bool? numbered = null;
        var i = headingIndex + 1;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || BoilerplateFilter.IsNavigation(line))
            {
                continue;
            }

            if (BoilerplateFilter.IsTrailerHeading(line))
            {
                break;
            }

            var item = NumberedLineMatcher.Match(i, line)?.Text;
            numbered ??= item is not null;
            if (item is null && numbered == true)
            {
                break;
            }

            item ??= Bullet().Replace(line, "");
            if (ToReference(item) is { } reference)
            {
                references.Add(new PageReference(reference, i + 1, references.Count + 1));
            }
        }

        return (references, i);
    }

    /// <summary>A reference from an item's text: its URL (if any) and the rest as its title; null when nothing is left.</summary>
    public static Reference? ToReference(string item)
    {
        var url = Url().Match(item);
        var title = (url.Success ? item.Remove(url.Index, url.Length) : item).Trim().Trim(':', '：', '-', '–', '—').Trim();
        var urlText = url.Success ? url.Value.TrimEnd('.', ',', ')', '）', '。') : null;
        return title.Length == 0 && urlText is null ? null : new Reference(title.Length == 0 ? null : title, urlText);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"^[•·▪●◦\-*]\s*")]
    private static partial Regex Bullet();
}
