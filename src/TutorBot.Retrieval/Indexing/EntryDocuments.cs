using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Documents;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Indexing;

/// <summary>Maps a knowledge entry to its Lucene document and back.</summary>
internal static class EntryDocuments
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The shape of <see cref="ToDocument"/>'s documents; a change forces a rebuild of existing indexes.</summary>
    public const string Schema = "entry-3";

    public static Document ToDocument(KnowledgeEntry entry)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new TextField(IndexFields.Question, entry.Question, Field.Store.NO),
            new TextField(IndexFields.Answer, entry.Answer, Field.Store.NO),
            new StoredField(IndexFields.Entry, JsonSerializer.Serialize(entry, Json)),
        };
        if (!string.IsNullOrWhiteSpace(entry.QuestionEn))
        {
            doc.Add(new TextField(IndexFields.Question, entry.QuestionEn, Field.Store.NO));
        }

        // The English answer, the key points and the common mistakes are the entry's answer too: an asker's words
        // (in either language, or the wrong belief they hold) meet them there.
        foreach (var text in AnswerTexts(entry))
        {
            doc.Add(new TextField(IndexFields.Answer, text, Field.Store.NO));
        }

        // One value per tag: an alias never spans two tags, and an English tag skips Chinese segmentation.
        foreach (var tag in entry.Tags.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            doc.Add(new TextField(IndexFields.Tags, tag, Field.Store.NO));
        }

        return doc;
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
