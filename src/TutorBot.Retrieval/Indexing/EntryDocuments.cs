using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Indexing;

/// <summary>Maps a knowledge entry to its Lucene document and back.</summary>
internal static class EntryDocuments
{
    // Chinese text stays as UTF-8 rather than \uXXXX escapes (the JSON is only ever read back here, never put in a
    // web page): a third smaller stored entry, less to compress and write.
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Searched fields keep document numbers and term frequencies, not positions: every query is a set of terms (no
    // phrase or span query reads positions), and BM25 needs only the frequency and the field length. Positions took
    // twice the room of the document lists (17.7 against 8.3 MB for 20,000 generated entries, most of it stacked
    // aliases) and an eighth of the build's CPU time.
    private static readonly FieldType Searched = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });

    /// <summary>The shape of <see cref="ToDocument"/>'s documents; a change forces a rebuild of existing indexes.</summary>
    public const string Schema = "entry-4";

    public static Document ToDocument(KnowledgeEntry entry)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new Field(IndexFields.Question, entry.Question, Searched),
            new Field(IndexFields.Answer, entry.Answer, Searched),
            new StoredField(IndexFields.Entry, JsonSerializer.Serialize(entry, Json)),
        };
        if (!string.IsNullOrWhiteSpace(entry.QuestionEn))
        {
            doc.Add(new Field(IndexFields.Question, entry.QuestionEn, Searched));
        }

        // The English answer, the key points and the common mistakes are the entry's answer too: an asker's words
        // (in either language, or the wrong belief they hold) meet them there.
        foreach (var text in AnswerTexts(entry))
        {
            doc.Add(new Field(IndexFields.Answer, text, Searched));
        }

        // One value per tag: an alias never spans two tags, and an English tag skips Chinese segmentation.
        foreach (var tag in entry.Tags.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            doc.Add(new Field(IndexFields.Tags, tag, Searched));
        }

        return doc;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static IEnumerable<string> AnswerTexts(KnowledgeEntry entry) =>
        new[] { entry.AnswerEn }
            .Concat(entry.KeyPoints.SelectMany(p => new[] { p.Zh, p.En }))
            .Concat(entry.Mistakes.SelectMany(m => new[] { m.Claim.Zh, m.Claim.En }))
            .Where(t => !string.IsNullOrWhiteSpace(t))!;

    public static KnowledgeEntry ToEntry(Document doc) =>
        JsonSerializer.Deserialize<KnowledgeEntry>(doc.Get(IndexFields.Entry), Json)
        ?? throw new InvalidDataException($"index document {doc.Get(IndexFields.Id)} holds no entry");
}
