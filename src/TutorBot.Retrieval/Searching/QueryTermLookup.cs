using Lucene.Net.Index;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// The query's terms looked up once in each searched field of the index (a term-dictionary seek per field and
/// term), shared by the BM25 query and the coverage scorer so neither seeks again. A term the field lacks has a
/// document frequency of 0.
/// </summary>
internal sealed class QueryTermLookup
{
    private readonly Dictionary<string, TermContext[]> _byField = new(StringComparer.Ordinal);

    public QueryTermLookup(IndexReader reader, IReadOnlyList<string> terms, IEnumerable<string> fields)
    {
        Reader = reader;
        Terms = terms;
        foreach (var field in fields)
        {
            _byField[field] = terms.Select(t => TermContext.Build(reader.Context, new Term(field, t))).ToArray();
        }
    }

    public IndexReader Reader { get; }

    public IReadOnlyList<string> Terms { get; }

    /// <summary>Where term <paramref name="t"/> (index into <see cref="Terms"/>) occurs in <paramref name="field"/>, per segment.</summary>
    public TermContext Context(string field, int t) => _byField[field][t];

    /// <summary>Number of documents whose <paramref name="field"/> contains term <paramref name="t"/>.</summary>
    public int DocFreq(string field, int t) => _byField[field][t].DocFreq;
}
