using Lucene.Net.Index;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Lucene terms and postings enumerators kept on a thread from one search to the next and handed back to Lucene as
/// its <c>reuse</c> argument, rather than built again for every term and field of every query (each postings
/// enumerator holds several block buffers; together they were a tenth of the host's allocation under load). Kept for
/// the index reader the thread last searched: a search of another reader (a new index generation) starts afresh.
/// A search runs synchronously on one thread, so its parts (term lookup, scoring, the fields check) take turns with
/// the same enumerators; each postings list in use at once has its own slot.
/// </summary>
internal sealed class ReusedEnums
{
    [ThreadStatic]
    private static ReusedEnums? t_current;

    private readonly Dictionary<(object Core, string Field), Kept> _kept = [];

    private ReusedEnums(IndexReader reader) => Reader = reader;

    private IndexReader Reader { get; }

    /// <summary>The enumerators of this thread for <paramref name="reader"/>.</summary>
    public static ReusedEnums For(IndexReader reader) =>
        t_current is { } current && ReferenceEquals(current.Reader, reader) ? current : t_current = new ReusedEnums(reader);

    /// <summary>A terms enumerator over <paramref name="field"/> of <paramref name="leaf"/>; null when the segment lacks the field.</summary>
    public TermsEnum? Terms(AtomicReaderContext leaf, string field)
    {
        if (leaf.AtomicReader.GetTerms(field) is not { } terms)
        {
            return null;
        }

        // Lucene's block-tree terms ignore a reused enumerator and build a new one, so the one kept is seeked again instead.
        return KeptFor(leaf, field).Terms ??= terms.GetEnumerator();
    }

    /// <summary>
    /// The postings (documents and frequencies) of the term <paramref name="termsEnum"/> is on, in the enumerator of
    /// <paramref name="slot"/> (one per list read at the same time; any slot number).
    /// </summary>
    public DocsEnum Docs(AtomicReaderContext leaf, string field, TermsEnum termsEnum, int slot)
    {
        var kept = KeptFor(leaf, field);
        while (kept.Docs.Count <= slot)
        {
            kept.Docs.Add(null);
        }

        var docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, kept.Docs[slot], DocsFlags.FREQS);
        kept.Docs[slot] = docs;
        return docs;
    }

    private Kept KeptFor(AtomicReaderContext leaf, string field)
    {
        var key = (leaf.AtomicReader.CoreCacheKey, field);
        if (!_kept.TryGetValue(key, out var kept))
        {
            _kept[key] = kept = new Kept();
        }

        return kept;
    }

    private sealed class Kept
    {
        public TermsEnum? Terms;
        public readonly List<DocsEnum?> Docs = [];
    }
}
