namespace TutorBot.Retrieval.Analysis.Chinese;

/// <summary>
/// SmartCn's dictionary answers, remembered by one <see cref="WordLattice"/> (so by one thread) for text it meets
/// again: which dictionary words start with a prefix of Chinese characters, and how often two words follow each
/// other. Each answer depends only on the characters asked about, so a remembered one is exactly what SmartCn would
/// answer again. Asking SmartCn means hashing the characters and a binary search for every prefix, and copying both
/// words of a pair into a key and hashing it for every join of the lattice; the same words and pairs come back in
/// sentence after sentence, and those lookups were a third of an index build (docs/performance.md).
/// <para/>
/// Texts are numbered through a trie of characters: a text's number is its node, reached from its prefix's node by
/// one lookup per character, so extending a prefix costs one lookup whatever its length, and a pair is remembered by
/// its two numbers. Bounded: when more than <c>maxTexts</c> texts (or twice as many pairs) are known, everything is
/// forgotten before the next sentence (<see cref="ForgetIfFull"/>), never within one, so the numbers of a sentence's
/// words stay valid. An index build remembers up to <see cref="ForBuilding"/> texts (tens of MB for its one analyzer
/// while it runs); the analyzers that live as long as the host, one lattice per thread and analyzer, up to
/// <see cref="ForQueries"/> (under 1 MB each, whatever users type).
/// </summary>
internal sealed class DictionaryMemo(int maxTexts = DictionaryMemo.ForQueries)
{
    /// <summary>Texts remembered while an index is built.</summary>
    public const int ForBuilding = 1 << 19;

    /// <summary>Texts remembered by a long-lived analyzer (queries, grading).</summary>
    public const int ForQueries = 1 << 13;

    private const int NotAsked = int.MinValue;
    private readonly int _maxNodes = maxTexts;
    private readonly int _maxPairs = maxTexts * 2;

    private readonly Dictionary<Key, int> _children = [];
    private readonly List<Prefix> _answers = [new(NotAsked, NotAsked)]; // the empty text, number 0
    private readonly Dictionary<Key, int> _pairs = [];

    /// <summary>The number of the text that is <paramref name="text"/> followed by <paramref name="c"/> (0: the empty text).</summary>
    public int Next(int text, char c)
    {
        var key = new Key(((long)text << 16) | c);
        if (_children.TryGetValue(key, out var child))
        {
            return child;
        }

        child = _answers.Count;
        _answers.Add(new Prefix(NotAsked, NotAsked));
        _children.Add(key, child);
        return child;
    }

    /// <summary>The number of a whole text.</summary>
    public int NumberOf(ReadOnlySpan<char> text)
    {
        var number = 0;
        foreach (var c in text)
        {
            number = Next(number, c);
        }

        return number;
    }

    /// <summary>
    /// SmartCn's answers for the prefix <paramref name="chars"/>, numbered <paramref name="number"/>:
    /// <see cref="Prefix.Index"/> is <c>FirstWordWithPrefix(chars, knownStart)</c>, where <paramref name="knownStart"/>
    /// must be the index found for <paramref name="chars"/> without its last character (0 for one character), as the
    /// lattice asks; with that, the index depends on the characters alone.
    /// </summary>
    public Prefix PrefixOf(int number, ReadOnlySpan<char> chars, int knownStart)
    {
        var known = _answers[number];
        if (known.Index != NotAsked)
        {
            return known;
        }

        var array = chars.ToArray();
        var index = SmartCnDictionaries.FirstWordWithPrefix(array, knownStart);
        var isWord = index != -1 && array.Length > 1 && SmartCnDictionaries.IsWordAt(array, index);
        var prefix = new Prefix(index, isWord ? SmartCnDictionaries.WordFrequency(array) : -1);
        _answers[number] = prefix;
        return prefix;
    }

    /// <summary>How often the text numbered <paramref name="left"/> is followed by <paramref name="right"/>, if remembered.</summary>
    public bool TryGetPairFrequency(int left, int right, out int frequency) =>
        _pairs.TryGetValue(Key.Pair(left, right), out frequency);

    public void RememberPairFrequency(int left, int right, int frequency)
    {
        if (_pairs.Count < _maxPairs)
        {
            _pairs[Key.Pair(left, right)] = frequency;
        }
    }

    /// <summary>Call between sentences: forgets everything once too much is known.</summary>
    public void ForgetIfFull()
    {
        if (_answers.Count > _maxNodes || _pairs.Count >= _maxPairs)
        {
            ForgetAll();
        }
    }

    private void ForgetAll()
    {
        _children.Clear();
        _answers.Clear();
        _pairs.Clear();
        _answers.Add(new Prefix(NotAsked, NotAsked)); // the empty text, number 0
    }

    /// <summary>
    /// The index of the first dictionary word starting with the prefix (-1 for none: no longer word starts so either), and
    /// the prefix's own frequency when it is a dictionary word of two or more characters (-1 otherwise).
    /// </summary>
    internal readonly record struct Prefix(int Index, int Frequency);

    // Two numbers side by side. long's own hash (its halves xor-ed) would send most such keys to a few buckets; as a
    // struct of its own it is also hashed without a call through a comparer.
    private readonly struct Key(long value) : IEquatable<Key>
    {
        private readonly long _value = value;

        public static Key Pair(int left, int right) => new(((long)left << 32) | (uint)right);

        public bool Equals(Key other) => _value == other._value;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => (int)(((ulong)_value * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
