using System.Globalization;
using System.Runtime.InteropServices;
using ICU4N.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TutorBot.Retrieval.Analysis.Chinese;

/// <summary>
/// SmartCn's tokenizer with <see cref="WordLattice"/> in place of its segmenter: the text is cut into sentences by
/// the same ICU sentence rules, in the same buffer-sized pieces (Lucene's SegmentingTokenizerBase), and each
/// sentence into the words SmartCn would make.
/// </summary>
internal sealed class ChineseTokenizer : SegmentingTokenizerBase
{
    private readonly WordLattice _lattice;
    private readonly List<WordLattice.Word> _words = [];
    private readonly List<char> _text = [];
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private int _next;

    /// <param name="reader">The text.</param>
    /// <param name="memoTexts">How many texts the lattice's <see cref="DictionaryMemo"/> remembers.</param>
    public ChineseTokenizer(TextReader reader, int memoTexts = DictionaryMemo.ForQueries)
        : base(reader, BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture))
    {
        _lattice = new WordLattice(memoTexts);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _words.Clear();
        _text.Clear();
        _next = 0;
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _words.Clear();
        _text.Clear();
        _next = 0;
        _lattice.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart), m_offset + sentenceStart, _words, _text);
    }

    protected override bool IncrementWord()
    {
        if (_next >= _words.Count)
        {
            return false;
        }

        var word = _words[_next++];
        ClearAttributes();
        var buffer = _term.ResizeBuffer(word.TextLength);
        CollectionsMarshal.AsSpan(_text).Slice(word.TextStart, word.TextLength).CopyTo(buffer);
        _term.Length = word.TextLength;
        _offset.SetOffset(CorrectOffset(word.Start), CorrectOffset(word.End));
        _type.Type = "word";
        return true;
    }
}
