using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// The documents of one index segment whose field <see cref="Field"/> (an index into <c>IndexFields.Searched</c>)
/// holds query term <see cref="Term"/>, with Lucene's BM25 scorer for that term in that field. <see cref="Doc"/> is
/// the document the list is on (segment-local), <c>NO_MORE_DOCS</c> once it is exhausted; the reader of the list
/// keeps it up to date (a plain field, so the scoring loop can hold it in a register).
/// </summary>
internal sealed class FieldPostings(int term, int field, DocsEnum docs, Similarity.SimScorer scorer)
{
    public readonly int Term = term;
    public readonly int Field = field;
    public readonly DocsEnum Docs = docs;
    public readonly Similarity.SimScorer Scorer = scorer;
    public int Doc = docs.NextDoc();
}
