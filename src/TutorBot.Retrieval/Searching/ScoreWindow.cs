using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Scores the documents of one segment window by window, 2,048 documents at a time, as Lucene's BooleanScorer does,
/// and offers each matching document to a <see cref="TopCandidates"/>. Per window, term after term: each of the term's
/// field posting lists is read straight through (field order), collecting per document the best field score and the
/// sum of the field scores in float; the term's score, best + <see cref="TieBreaker"/> × (sum − best), is then added
/// into the document's double sum, which ends times the coordination factor, cast to float. The arrays are reused
/// from query to query on a thread.
/// </summary>
internal sealed class ScoreWindow
{
    /// <summary>The weight of a term's fields other than its best one in its score (Lucene's DisjunctionMaxQuery tie breaker).</summary>
    public const float TieBreaker = 0.1f;

    private const int Size = 2048;
    private const int Mask = Size - 1;
    private const int NoMoreDocs = DocIdSetIterator.NO_MORE_DOCS;

    // One term in the window: the slot's document, the fields holding the term (a bit each) and their scores.
    private readonly int[] _termStamp = new int[Size];
    private readonly int[] _termDoc = new int[Size];
    private readonly int[] _termFields = new int[Size];
    private readonly float[] _fieldScores;
    private readonly int[] _termTouched = new int[Size];

    // All terms in the window: the slot's document, its score so far and how many terms it matched.
    private readonly int[] _docs = new int[Size];
    private readonly double[] _sums = new double[Size];
    private readonly int[] _matches = new int[Size];
    private readonly int[] _touched = new int[Size];
    private int _stamp;

    /// <param name="fields">How many fields a term's posting lists can come from.</param>
    public ScoreWindow(int fields) => _fieldScores = new float[fields * Size];

    /// <param name="terms">Per query term that the segment holds, last term first: its posting lists in field order.</param>
    /// <param name="coord">Coordination factor by number of terms matched.</param>
    /// <param name="docBase">The segment's first document number in the whole index.</param>
    /// <param name="top">Receives every document that matches any term.</param>
    public void Score(List<FieldPostings[]> terms, float[] coord, int docBase, TopCandidates top)
    {
        Array.Fill(_docs, -1);
        Array.Fill(_termStamp, 0);
        _stamp = 0;
        // Spans of the constant window size, so that indexing them with a slot (doc & Mask) needs no bounds check.
        var docs = _docs.AsSpan(0, Size);
        var sums = _sums.AsSpan(0, Size);
        var matches = _matches.AsSpan(0, Size);
        var touchedSlots = _touched.AsSpan(0, Size);
        var termTouchedSlots = _termTouched.AsSpan(0, Size);
        var termDocs = _termDoc.AsSpan(0, Size);
        var termFields = _termFields.AsSpan(0, Size);
        for (var end = Size; ; end += Size)
        {
            var touched = 0;
            var more = false;
            foreach (var lists in terms)
            {
                var termTouched = ReadTerm(lists, end, ref more);
                for (var i = 0; i < termTouched; i++)
                {
                    var slot = termTouchedSlots[i];
                    var doc = termDocs[slot];
                    var score = TermScore(slot, termFields[slot]);
                    if (docs[slot] != doc)
                    {
                        docs[slot] = doc;
                        sums[slot] = score;
                        matches[slot] = 1;
                        touchedSlots[touched++] = slot;
                    }
                    else
                    {
                        sums[slot] += score;
                        matches[slot]++;
                    }
                }
            }

            for (var i = 0; i < touched; i++)
            {
                var slot = touchedSlots[i];
                var score = (float)(sums[slot] * coord[matches[slot]]);
                top.Offer(new Candidate(docBase + docs[slot], score));
            }

            if (!more)
            {
                return;
            }
        }
    }

    // The term's score in the document in a slot: its best field's score plus the tie breaker times the others,
    // the field scores summed in field order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private float TermScore(int slot, int fields)
    {
        var field = BitOperations.TrailingZeroCount(fields);
        var max = _fieldScores[(field * Size) + slot];
        var sum = max;
        for (fields &= fields - 1; fields != 0; fields &= fields - 1)
        {
            var score = _fieldScores[(BitOperations.TrailingZeroCount(fields) * Size) + slot];
            sum += score;
            max = Math.Max(max, score);
        }

        return max + ((sum - max) * TieBreaker);
    }

    // Reads one term's posting lists up to the window's end; returns how many documents of the window hold it.
    private int ReadTerm(FieldPostings[] lists, int end, ref bool more)
    {
        var stamp = ++_stamp;
        var touched = 0;
        var stamps = _termStamp.AsSpan(0, Size);
        var docs = _termDoc.AsSpan(0, Size);
        var fields = _termFields.AsSpan(0, Size);
        var touchedSlots = _termTouched.AsSpan(0, Size);
        var scores = _fieldScores.AsSpan();
        foreach (var list in lists)
        {
            var (postings, scorer, fieldBit, offset, doc) = (list.Docs, list.Scorer, 1 << list.Field, list.Field * Size, list.Doc);
            while (doc < end)
            {
                var slot = doc & Mask;
                scores[offset + slot] = scorer.Score(doc, postings.Freq);
                if (stamps[slot] != stamp)
                {
                    stamps[slot] = stamp;
                    docs[slot] = doc;
                    fields[slot] = fieldBit;
                    touchedSlots[touched++] = slot;
                }
                else
                {
                    fields[slot] |= fieldBit;
                }

                doc = postings.NextDoc();
            }

            list.Doc = doc;
            more |= doc != NoMoreDocs;
        }

        return touched;
    }
}
