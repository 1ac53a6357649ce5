using Lucene.Net.Analysis.Util;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Membership in a case-insensitive stopword set (<see cref="StopWords.Default"/>), with the same answers and less
/// work. Lucene's case-insensitive <see cref="CharArraySet"/> lower-cases every character of every token it is asked
/// about, through the culture's casing tables (ICU for anything outside ASCII, so for every Chinese character); that
/// was a tenth of an index build. Nearly every token reaching it is already lower case (the tokenizers fold letters),
/// so a token that lower-casing leaves unchanged is looked up in a case-sensitive copy of the set's (already
/// lower-cased) words; any other token, and any with a surrogate, still goes to the case-insensitive set. Which
/// characters lower-casing changes is worked out once, for all 65,536, with the same invariant casing the set uses.
/// </summary>
internal sealed class StopWordLookup
{
    private static readonly bool[] ChangedByLowerCase = ComputeChangedByLowerCase();

    private readonly CharArraySet _ignoringCase;
    private readonly CharArraySet _lowerCase;

    /// <param name="ignoringCase">A stopword set built with <c>ignoreCase: true</c>, so it holds its words lower-cased.</param>
    public StopWordLookup(CharArraySet ignoringCase)
    {
        _ignoringCase = ignoringCase;
        _lowerCase = new CharArraySet(BilingualAnalyzer.Lucene, ignoringCase.Count, ignoreCase: false);
        foreach (var word in ignoringCase)
        {
            _lowerCase.Add(word);
        }
    }

    /// <summary>The set it answers for.</summary>
    public CharArraySet Set => _ignoringCase;

    public bool Contains(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (ChangedByLowerCase[buffer[i]])
            {
                return _ignoringCase.Contains(buffer, 0, length);
            }
        }

        return _lowerCase.Contains(buffer, 0, length);
    }

    // A surrogate counts as changed: the set lower-cases whole code points, so those take the set's own path.
    private static bool[] ComputeChangedByLowerCase()
    {
        var changed = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            changed[c] = char.IsSurrogate((char)c) || char.ToLowerInvariant((char)c) != c;
        }

        return changed;
    }
}
