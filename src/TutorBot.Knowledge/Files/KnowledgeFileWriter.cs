using System.Globalization;
using System.Text;
using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Writes an entry in the knowledge-file format that <see cref="KnowledgeFileParser"/> reads: front matter between
/// '---' lines, then a blank line and the answer verbatim. Reading the text back gives the same entry.
/// </summary>
public static class KnowledgeFileWriter
{
    private const string ReviewerHint = "  # reviewer: fill in";

    /// <summary>The file name for an entry: its id plus ".md".</summary>
    public static string FileNameFor(KnowledgeEntry entry) => entry.Id + KnowledgeFileLayout.EntryExtension;

    /// <summary>The whole file text for <paramref name="entry"/>, '\n' line ends.</summary>
    public static string Format(KnowledgeEntry entry)
    {
        var draft = entry.Status == EntryStatus.Draft;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"{KnowledgeFields.Id}: {entry.Id}\n");
        text.Append($"{KnowledgeFields.Question}: {Quote(entry.Question)}\n");
        if (entry.QuestionEn is not null)
        {
            text.Append($"{KnowledgeFields.QuestionEn}: {Quote(entry.QuestionEn)}\n");
        }
        else if (draft)
        {
            text.Append($"{KnowledgeFields.QuestionEn}: \"\"{ReviewerHint} the question in English\n");
        }

        if (entry.Tags.Count > 0 || draft)
        {
            var hint = entry.Tags.Count == 0 ? ReviewerHint + " topic tags in both languages" : "";
            text.Append($"{KnowledgeFields.Tags}: [{string.Join(", ", entry.Tags.Select(Quote))}]{hint}\n");
        }

        if (entry.Sources.Count > 0)
        {
            text.Append($"{KnowledgeFields.Sources}:\n");
            foreach (var source in entry.Sources)
            {
                text.Append($"  - {QuoteUnlessPlainUrl(source)}\n");
            }
        }

        AppendReferences(text, entry.References);
        text.Append($"{KnowledgeFields.Status}: {StatusName(entry.Status)}\n");
        text.Append("---\n\n");
        text.Append(entry.Answer);
        text.Append('\n');
        return text.ToString();
    }

    /// <summary>The front-matter spelling of a status.</summary>
    public static string StatusName(EntryStatus status) => status switch
    {
        EntryStatus.Complete => "complete",
        EntryStatus.Incomplete => "incomplete",
        EntryStatus.Draft => "draft",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static void AppendReferences(StringBuilder text, IReadOnlyList<Reference> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        text.Append($"{KnowledgeFields.References}:\n");
        foreach (var reference in references)
        {
            var prefix = "  - ";
            if (reference.Title is not null)
            {
                text.Append($"{prefix}{KnowledgeFields.ReferenceTitle}: {Quote(reference.Title)}\n");
                prefix = "    ";
            }

            if (reference.Url is not null)
            {
                text.Append($"{prefix}{KnowledgeFields.ReferenceUrl}: {Quote(reference.Url)}\n");
            }
        }
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    // Sources are written bare like the curated files when YAML reads them back unchanged.
    private static string QuoteUnlessPlainUrl(string url) =>
        url.StartsWith("http", StringComparison.Ordinal) && url.All(c => char.IsAsciiLetterOrDigit(c) || "-._~:/?&=%+@!$()*,;".Contains(c))
            ? url
            : Quote(url);
}
