namespace TutorBot.Retrieval.Searching;

/// <summary>
/// Keeps the best <c>capacity</c> candidates offered, in Lucene's order: higher score first, and of equal scores the
/// lower document number (so the set kept does not depend on the order they are offered in). A min-heap with the
/// worst kept candidate on top.
/// </summary>
internal sealed class TopCandidates(int capacity)
{
    private readonly Candidate[] _heap = new Candidate[capacity];
    private int _count;

    public void Offer(in Candidate candidate)
    {
        if (_count < _heap.Length)
        {
            _heap[_count] = candidate;
            SiftUp(_count++);
        }
        else if (_count > 0 && Worse(_heap[0], candidate))
        {
            _heap[0] = candidate;
            SiftDown(0);
        }
    }

    /// <summary>The candidates kept, best first.</summary>
    public Candidate[] Best()
    {
        var best = _heap[.._count];
        Array.Sort(best, (a, b) => Worse(a, b) ? 1 : Worse(b, a) ? -1 : 0);
        return best;
    }

    private static bool Worse(in Candidate a, in Candidate b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Worse(_heap[at], _heap[parent]))
            {
                return;
            }

            (_heap[at], _heap[parent]) = (_heap[parent], _heap[at]);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var worst = at;
            foreach (var child in (ReadOnlySpan<int>)[(at << 1) + 1, (at << 1) + 2])
            {
                if (child < _count && Worse(_heap[child], _heap[worst]))
                {
                    worst = child;
                }
            }

            if (worst == at)
            {
                return;
            }

            (_heap[at], _heap[worst]) = (_heap[worst], _heap[at]);
            at = worst;
        }
    }
}
