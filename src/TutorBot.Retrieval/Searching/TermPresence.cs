using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TutorBot.Retrieval.Indexing;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Which fields of a few documents hold which query terms: each term's postings in each field, positioned from the
/// state the lookup found, advanced through the documents in increasing order. Done for the handful of candidates
/// kept rather than for every document scored, where it cost more than it saved.
/// </summary>
internal static class TermPresence
{
    public static Candidate[] Mark(IndexReader reader, QueryTermLookup lookup, Candidate[] candidates)
    {
        var marks = new ulong[candidates.Length, IndexFields.Searched.Length];
        var inDocOrder = Enumerable.Range(0, candidates.Length).OrderBy(i => candidates[i].Doc).ToArray();
        var bytes = lookup.Terms.Select(t => new BytesRef(t)).ToArray();
        var enums = ReusedEnums.For(reader);
        for (var f = 0; f < IndexFields.Searched.Length; f++)
        {
            var field = IndexFields.Searched[f].Name;
            foreach (var leaf in reader.Leaves)
            {
                // One terms enumerator and one postings enumerator per field and segment, reused for every term.
                if (enums.Terms(leaf, field) is not { } termsEnum)
                {
                    continue;
                }
                for (var t = 0; t < bytes.Length; t++)
                {
                    if (lookup.Context(field, t).Get(leaf.Ord) is not { } state)
                    {
                        continue;
                    }

                    termsEnum.SeekExact(bytes[t], state);
                    var postings = enums.Docs(leaf, field, termsEnum, slot: 0);
                    foreach (var i in inDocOrder)
                    {
                        var local = candidates[i].Doc - leaf.DocBase;
                        if (local < 0 || local >= leaf.AtomicReader.MaxDoc)
                        {
                            continue;
                        }

                        var at = postings.DocID >= local ? postings.DocID : postings.Advance(local);
                        if (at == local)
                        {
                            marks[i, f] |= 1UL << t;
                        }
                        else if (at == DocIdSetIterator.NO_MORE_DOCS)
                        {
                            break;
                        }
                    }
                }
            }
        }

        int FieldIndex(string name) => Array.FindIndex(IndexFields.Searched, s => s.Name == name);
        var (question, tags, answer) = (FieldIndex(IndexFields.Question), FieldIndex(IndexFields.Tags), FieldIndex(IndexFields.Answer));
        return [.. candidates.Select((c, i) => c with { InQuestion = marks[i, question], InTags = marks[i, tags], InAnswer = marks[i, answer] })];
    }
}
