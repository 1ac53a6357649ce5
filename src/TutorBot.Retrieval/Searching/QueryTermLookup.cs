using Lucene.Net.Index;
using Lucene.Net.Util;

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
        var bytes = terms.Select(t => new BytesRef(t)).ToArray();
        var enums = ReusedEnums.For(reader);
        foreach (var field in fields)
        {
            var contexts = terms.Select(_ => new TermContext(reader.Context)).ToArray();
            foreach (var leaf in reader.Leaves)
            {
                // One terms enumerator per field and segment, reused for every term (and the next query on this
                // thread), rather than one per term as TermContext.Build makes (docs/performance.md: query allocations).
                if (enums.Terms(leaf, field) is not { } termsEnum)
                {
                    continue;
                }

                for (var t = 0; t < bytes.Length; t++)
                {
                    if (termsEnum.SeekExact(bytes[t]))
                    {
                        contexts[t].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                    }
                }
            }

            _byField[field] = contexts;
        }
    }

    public IndexReader Reader { get; }

    public IReadOnlyList<string> Terms { get; }

    /// <summary>Where term <paramref name="t"/> (index into <see cref="Terms"/>) occurs in <paramref name="field"/>, per segment.</summary>
    public TermContext Context(string field, int t) => _byField[field][t];

    /// <summary>Number of documents whose <paramref name="field"/> contains term <paramref name="t"/>.</summary>
    public int DocFreq(string field, int t) => _byField[field][t].DocFreq;
}
