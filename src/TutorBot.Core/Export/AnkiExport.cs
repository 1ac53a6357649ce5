using System.Text;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Export;

/// <summary>
/// Exports knowledge entries as a text file Anki 2.1.55+ imports (File → Import), following the file headers of
/// the Anki manual (docs.ankiweb.net/importing/text-files.html, "File Headers"). Columns, tab-separated:
/// <list type="number">
/// <item>GUID <c>tutorbot-&lt;entry id&gt;</c>: importing a later export updates the same notes (and keeps their
/// review history) instead of adding duplicates;</item>
/// <item>Front: the question in the learner's language;</item>
/// <item>Back: the answer in that language, then the key points as a list;</item>
/// <item>Tags: <c>tutorbot</c>, the topic id and <c>difficulty::N</c> (when known);</item>
/// <item>Deck: the deck name. A deck column rather than <c>#deck:</c>, because the manual's <c>#deck:</c> only
/// presets a deck that already exists, while a deck column creates it.</item>
/// </list>
/// The note type is preset to <c>Basic</c>; a collection without one (a localised Anki names it differently) falls
/// back to the current note type, and the two regular columns fill its first two fields. Fields are HTML
/// (<c>#html:true</c>): text is HTML-escaped, line breaks become <c>&lt;br&gt;</c> and tabs <c>&amp;#9;</c>, so a
/// field never splits a line or a column. Answers are Markdown and stay as written (not rendered).
/// </summary>
public static class AnkiExport
{
    /// <summary>The deck the notes go to unless the caller names another.</summary>
    public const string DefaultDeck = "TutorBot";

    /// <summary>The header lines, in the order written, each ending the line with '\n'.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#guid column:1",
        "#tags column:4",
        "#deck column:5",
    ];

    /// <summary>
    /// The import file for <paramref name="entries"/> (one note each, in the given order) with questions and answers
    /// in <paramref name="language"/>, falling back to the entry's original language where it has no translation.
    /// </summary>
    public static AnkiExportFile Build(IReadOnlyList<KnowledgeEntry> entries, Language language, string deck = DefaultDeck)
    {
        var text = new StringBuilder();
        foreach (var header in Headers)
        {
            text.Append(header).Append('\n');
        }

        var deckField = PlainField(string.IsNullOrWhiteSpace(deck) ? DefaultDeck : deck.Trim());
        foreach (var entry in entries)
        {
            text.Append(Guid(entry)).Append('\t')
                .Append(HtmlField(entry.QuestionIn(language))).Append('\t')
                .Append(Back(entry, language)).Append('\t')
                .Append(string.Join(' ', Tags(entry))).Append('\t')
                .Append(deckField).Append('\n');
        }

        return new AnkiExportFile(FileName(language), text.ToString(), entries.Count);
    }

    /// <summary>
    /// The suggested file name: <c>tutorbot-anki-en.txt</c>, or with <paramref name="part"/> (a topic id such as
    /// <c>rag-agents</c>, already safe in a file name) <c>tutorbot-anki-rag-agents-en.txt</c>.
    /// </summary>
    public static string FileName(Language language, string? part = null) =>
        $"tutorbot-anki-{(string.IsNullOrEmpty(part) ? "" : part + "-")}{(language == Language.Chinese ? "zh" : "en")}.txt";

    /// <summary>The note GUID of <paramref name="entry"/>: the same for every export of the same entry id.</summary>
    public static string Guid(KnowledgeEntry entry) => "tutorbot-" + PlainField(entry.Id);

    private static string Back(KnowledgeEntry entry, Language language)
    {
        var back = new StringBuilder(HtmlField(entry.AnswerIn(language)));
        if (entry.KeyPoints.Count > 0)
        {
            back.Append("<br><br><b>").Append(HtmlField(language == Language.Chinese ? "要点" : "Key points")).Append("</b><ul>");
            foreach (var point in entry.KeyPoints)
            {
                back.Append("<li>").Append(HtmlField(point.In(language))).Append("</li>");
            }

            back.Append("</ul>");
        }

        return back.ToString();
    }

    private static IEnumerable<string> Tags(KnowledgeEntry entry)
    {
        yield return "tutorbot";
        if (entry.Topic is { } topic)
        {
            yield return PlainField(topic.Id).Replace(' ', '_');
        }

        if (entry.Difficulty > 0)
        {
            yield return $"difficulty::{entry.Difficulty}";
        }
    }

    /// <summary>Text as one HTML field: escaped, line breaks as &lt;br&gt;, tabs as a character reference.</summary>
    internal static string HtmlField(string text)
    {
        var html = new StringBuilder(text.Length);
        var normalized = text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var c in normalized)
        {
            var escaped = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                // A field starting with a quote would be read as a quoted CSV field.
                '"' => "&quot;",
                '\n' => "<br>",
                '\t' => "&#9;",
                _ => null,
            };
            if (escaped is null)
            {
                html.Append(c);
            }
            else
            {
                html.Append(escaped);
            }
        }

        return html.ToString();
    }

    // Ids, tags and deck names are not HTML; they only must not break the line or the columns.
    private static string PlainField(string text) =>
        new(text.Select(c => c is '\t' or '\n' or '\r' ? ' ' : c).ToArray());
}
