using Lucene.Net.Analysis.Cn.Smart;

namespace TutorBot.Retrieval.Analysis.Chinese;

/// <summary>
/// Cuts one sentence into words the way SmartCn's hidden-Markov segmenter does, with its dictionaries and its
/// scoring, without its garbage. SmartCn builds a graph of every dictionary word in the sentence, joins each word
/// to each word that can follow it, weighs each join by how often the two words occur together, and takes the
/// lightest path from the sentence's start to its end. Here the candidates live in reused arrays, dictionary answers
/// are remembered (<see cref="DictionaryMemo"/>), and the lightest path is found as the joins are weighed, so
/// segmenting allocates nothing per word (why this matters for build throughput: docs/performance.md).
/// <para/>
/// The words are SmartCn's own, term for term: the same candidates in the same order, the same weights computed
/// by the same arithmetic, ties resolved the same way (the first lightest join wins). Tests compare the two on the
/// whole knowledge base. One lattice per thread: it keeps its scratch arrays between sentences.
/// </summary>
internal sealed class WordLattice(int memoTexts = DictionaryMemo.ForQueries)
{
    private const double Smoothing = 0.1;
    private static readonly double Tiny = 1.0 / SmartCnDictionaries.MaxFrequency;
    private static readonly int StartFrequency = SmartCnDictionaries.WordFrequency(Utility.START_CHAR_ARRAY);
    private static readonly int EndFrequency = SmartCnDictionaries.WordFrequency(Utility.END_CHAR_ARRAY);
    private static readonly int StringFrequency = SmartCnDictionaries.WordFrequency(Utility.STRING_CHAR_ARRAY);
    private static readonly int NumberFrequency = SmartCnDictionaries.WordFrequency(Utility.NUMBER_CHAR_ARRAY);
    private static readonly int[] CharFrequency = NewCharFrequencies();

    private readonly DictionaryMemo _memo = new(memoTexts);
    private readonly List<Candidate> _candidates = [];
    private readonly List<char> _chars = [];
    private readonly char[][] _exact = new char[64][];
    private CharType[] _types = new CharType[256];
    private int[] _firstAt = new int[256];
    private int[] _nextStart = new int[256];
    private double[] _best = new double[256];
    private int[] _previous = new int[256];
    private readonly List<int> _path = [];

    /// <summary>
    /// Appends the words of <paramref name="sentence"/> to <paramref name="words"/>: start and end offsets (plus
    /// <paramref name="offset"/>), and the word's text appended to <paramref name="text"/> as SmartCn gives it
    /// (letters lower-cased, full-width forms folded, every punctuation mark a ",").
    /// </summary>
    public void Segment(ReadOnlySpan<char> sentence, int offset, List<Word> words, List<char> text)
    {
        BuildCandidates(sentence);
        FindLightestPath(sentence.Length);
        for (var k = _path.Count - 2; k >= 1; k--) // the path runs end to start; without the sentence's start and end marks
        {
            var word = _candidates[_path[k]];
            var first = text.Count;
            AppendText(word, sentence, text);
            words.Add(new Word(word.Start + offset, word.End + offset, first, text.Count - first));
        }
    }

    private void BuildCandidates(ReadOnlySpan<char> sentence)
    {
        _memo.ForgetIfFull(); // between sentences, so that no number given to a word of this one is given again
        var length = sentence.Length;
        _candidates.Clear();
        _chars.Clear();
        _types = Fit(_types, length);
        for (var i = 0; i < length; i++)
        {
            _types[i] = Utility.GetCharType(sentence[i]);
        }

        Add(-1, 0, Utility.START_CHAR_ARRAY, WordType.SENTENCE_BEGIN, StartFrequency);
        var at = 0;
        while (at < length)
        {
            switch (_types[at])
            {
                case CharType.SPACE_LIKE:
                    at++;
                    break;
                case CharType.HANZI:
                    AddWordsStartingAt(sentence, at);
                    at++;
                    break;
                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                {
                    var end = RunEnd(at, length, CharType.LETTER, CharType.FULLWIDTH_LETTER, out var fullWidth);
                    Add(at, end, Utility.STRING_CHAR_ARRAY, fullWidth ? WordType.FULLWIDTH_STRING : WordType.STRING, StringFrequency);
                    at = end;
                    break;
                }

                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                {
                    var end = RunEnd(at, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, out var fullWidth);
                    Add(at, end, Utility.NUMBER_CHAR_ARRAY, fullWidth ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER, NumberFrequency);
                    at = end;
                    break;
                }

                case CharType.DELIMITER:
                    Add(at, at + 1, sentence.Slice(at, 1), WordType.DELIMITER, SmartCnDictionaries.MaxFrequency);
                    at++;
                    break;
                default: // a symbol SmartCn does not know: an unknown string of one character
                    Add(at, at + 1, Utility.STRING_CHAR_ARRAY, WordType.STRING, StringFrequency);
                    at++;
                    break;
            }
        }

        Add(length, length + 1, Utility.END_CHAR_ARRAY, WordType.SENTENCE_END, EndFrequency);
    }

    // The character itself, then every longer dictionary word that starts with it. A word may run across spaces
    // (which are left out of its text) but not across anything else that is not a Chinese character.
    private void AddWordsStartingAt(ReadOnlySpan<char> sentence, int start)
    {
        Span<char> word = stackalloc char[Math.Min(sentence.Length - start, 64)];
        word[0] = sentence[start];
        var number = _memo.Next(0, word[0]);
        Add(start, start + 1, word[..1], WordType.CHINESE_WORD, FrequencyOf(sentence[start]), number);
        var wordLength = 1;
        var end = start + 1;
        var prefix = _memo.PrefixOf(number, word[..1], 0);
        while (prefix.Index != -1)
        {
            if (prefix.Frequency >= 0)
            {
                Add(start, end, word[..wordLength], WordType.CHINESE_WORD, prefix.Frequency, number);
            }

            while (end < sentence.Length && _types[end] == CharType.SPACE_LIKE)
            {
                end++;
            }

            if (end >= sentence.Length || _types[end] != CharType.HANZI || wordLength == word.Length)
            {
                break;
            }

            word[wordLength++] = sentence[end++];
            number = _memo.Next(number, word[wordLength - 1]);
            prefix = _memo.PrefixOf(number, word[..wordLength], prefix.Index);
        }
    }

    private int RunEnd(int start, int length, CharType half, CharType full, out bool fullWidth)
    {
        fullWidth = _types[start] == full;
        var end = start + 1;
        while (end < length && (_types[end] == half || _types[end] == full))
        {
            fullWidth |= _types[end] == full;
            end++;
        }

        return end;
    }

    // Every candidate is joined to each candidate at the next position that has any (the first at or after its
    // end); a join weighs -log of the smoothed probability of the second word after the first. Candidates are in
    // order of start, so the lightest path to each is final before any join leaves it.
    private void FindLightestPath(int length)
    {
        var count = _candidates.Count;
        _firstAt = Fit(_firstAt, length + 1);
        _nextStart = Fit(_nextStart, length + 1);
        _best = Fit(_best, count);
        _previous = Fit(_previous, count);
        Array.Fill(_firstAt, -1, 0, length + 1);
        for (var c = count - 1; c >= 1; c--)
        {
            _firstAt[_candidates[c].Start] = c;
        }

        var next = -1;
        for (var p = length; p >= 0; p--)
        {
            if (_firstAt[p] >= 0)
            {
                next = p;
            }

            _nextStart[p] = next;
        }

        Array.Fill(_best, double.MaxValue, 0, count);
        Array.Fill(_previous, -1, 0, count);
        _best[0] = 0;
        for (var from = 0; from < count - 1; from++)
        {
            var left = _candidates[from];
            double frequency = left.Frequency;
            var first = _firstAt[_nextStart[left.End]];
            var nextStart = _candidates[first].Start;
            for (var to = first; to < count && _candidates[to].Start == nextStart; to++)
            {
                var pairFrequency = PairFrequency(left, _candidates[to]);
                var weight = -Math.Log(Smoothing * (1.0 + frequency) / (SmartCnDictionaries.MaxFrequency + 0.0)
                    + (1.0 - Smoothing) * ((1.0 - Tiny) * pairFrequency / (1.0 + frequency) + Tiny));
                if (_best[from] + weight < _best[to])
                {
                    _best[to] = _best[from] + weight;
                    _previous[to] = from;
                }
            }
        }

        _path.Clear();
        for (var c = count - 1; c >= 0; c = _previous[c])
        {
            _path.Add(c);
            if (c == 0)
            {
                break;
            }
        }
    }

    private int PairFrequency(Candidate left, Candidate right)
    {
        if (_memo.TryGetPairFrequency(left.Number, right.Number, out var known))
        {
            return known;
        }

        var frequency = SmartCnDictionaries.PairFrequency(PairKey(left, right));
        _memo.RememberPairFrequency(left.Number, right.Number, frequency);
        return frequency;
    }

    private char[] PairKey(Candidate left, Candidate right)
    {
        var key = ExactArray(left.TextLength + 1 + right.TextLength);
        for (var i = 0; i < left.TextLength; i++)
        {
            key[i] = _chars[left.TextStart + i];
        }

        key[left.TextLength] = '@';
        for (var i = 0; i < right.TextLength; i++)
        {
            key[left.TextLength + 1 + i] = _chars[right.TextStart + i];
        }

        return key;
    }

    private void AppendText(Candidate word, ReadOnlySpan<char> sentence, List<char> text)
    {
        switch (word.Type)
        {
            case WordType.DELIMITER:
                text.AddRange(Utility.COMMON_DELIMITER);
                return;
            case WordType.STRING or WordType.FULLWIDTH_STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER:
                var fullWidth = word.Type is WordType.FULLWIDTH_STRING or WordType.FULLWIDTH_NUMBER;
                var lower = word.Type is not WordType.NUMBER;
                foreach (var original in sentence[word.Start..word.End])
                {
                    var c = fullWidth && original >= '\uFF10' ? (char)(original - 0xFEE0) : original;
                    text.Add(lower && c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c);
                }

                return;
            default:
                for (var i = 0; i < word.TextLength; i++)
                {
                    text.Add(_chars[word.TextStart + i]);
                }

                return;
        }
    }

    private void Add(int start, int end, ReadOnlySpan<char> text, WordType type, int frequency) =>
        Add(start, end, text, type, frequency, _memo.NumberOf(text));

    private void Add(int start, int end, ReadOnlySpan<char> text, WordType type, int frequency, int number)
    {
        _candidates.Add(new Candidate(start, end, _chars.Count, text.Length, type, frequency, number));
        foreach (var c in text)
        {
            _chars.Add(c);
        }
    }

    private static int FrequencyOf(char c)
    {
        var known = Volatile.Read(ref CharFrequency[c]);
        if (known >= 0)
        {
            return known;
        }

        var frequency = SmartCnDictionaries.WordFrequency([c]);
        Volatile.Write(ref CharFrequency[c], frequency);
        return frequency;
    }

    // The pair dictionary takes arrays and reads their whole length, and keeps none: one reused array per length.
    private char[] ExactArray(int length) =>
        length < _exact.Length ? _exact[length] ??= new char[length] : new char[length];

    private static T[] Fit<T>(T[] array, int size) => array.Length >= size ? array : new T[Math.Max(size, array.Length * 2)];

    private static int[] NewCharFrequencies()
    {
        var table = new int[char.MaxValue + 1];
        Array.Fill(table, -1);
        return table;
    }

    // Number: the text's number in the memo, by which its pairs are remembered.
    private readonly record struct Candidate(int Start, int End, int TextStart, int TextLength, WordType Type, int Frequency, int Number);

    /// <summary>A word of the sentence: its offsets, and where its text is in the shared text buffer.</summary>
    internal readonly record struct Word(int Start, int End, int TextStart, int TextLength);
}
