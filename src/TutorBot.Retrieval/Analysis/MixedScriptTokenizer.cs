using System.Runtime.InteropServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TutorBot.Core;
using TutorBot.Retrieval.Analysis.Chinese;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// SmartCn's segmentation (through <see cref="ChineseTokenizer"/>, which makes the same words with less work)
/// where it is needed and a plain split where it is not. SmartCn runs a sentence break
/// iterator and a word lattice over every text, English included, and that is most of an index build's time; yet
/// on text without Chinese it only cuts runs of letters and runs of digits and lower-cases them. This tokenizer
/// does exactly that itself for a text with no Han character (English questions, English tags, English entries)
/// and hands any text with Chinese to SmartCn whole: SmartCn's segmentation depends on the context around a word,
/// so cutting a mixed text into pieces would change it.
/// </summary>
internal sealed class MixedScriptTokenizer : Tokenizer
{
    private readonly ChineseTokenizer _chinese;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly ICharTermAttribute _chineseTerm;
    private readonly IOffsetAttribute _chineseOffset;
    // Each token's offsets, and its text in _words (or, with TextStart -1, the source text folded).
    private readonly List<(int Start, int End, int TextStart, int TextLength)> _tokens = [];
    private readonly List<char> _words = [];
    private string _text = "";
    private int _next;

    public MixedScriptTokenizer(TextReader input, int memoTexts = DictionaryMemo.ForQueries)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _chinese = new ChineseTokenizer(new StringReader(""), memoTexts);
        _chineseTerm = _chinese.AddAttribute<ICharTermAttribute>();
        _chineseOffset = _chinese.AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (start, end, textStart, textLength) = _tokens[_next++];
        _term.SetEmpty();
        if (textStart >= 0)
        {
            var buffer = _term.ResizeBuffer(textLength);
            CollectionsMarshal.AsSpan(_words).Slice(textStart, textLength).CopyTo(buffer);
            _term.Length = textLength;
        }
        else
        {
            for (var i = start; i < end; i++)
            {
                _term.Append(Fold(_text[i]));
            }
        }

        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input is NormalizedTextReader normalized ? normalized.Text : m_input.ReadToEnd();
        _tokens.Clear();
        _words.Clear();
        _next = 0;
        if (_text.Any(LanguageDetector.IsHan))
        {
            Segment();
        }
        else
        {
            SplitRuns();
        }
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    private void SplitRuns()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var kind = KindOf(_text[i]);
            var end = i + 1;
            while (end < _text.Length && KindOf(_text[end]) == kind)
            {
                end++;
            }

            if (kind != CharKind.Other)
            {
                _tokens.Add((i, end, -1, 0));
            }
            else
            {
                // SmartCn makes any other letter (é, α) a word of one character and every punctuation mark a ","
                // token (which the stop filter removes, leaving a gap that keeps aliases from matching across it).
                for (var k = i; k < end; k++)
                {
                    if (char.IsLetterOrDigit(_text[k]))
                    {
                        _tokens.Add((k, k + 1, -1, 0));
                    }
                    else if (!char.IsWhiteSpace(_text[k]))
                    {
                        _tokens.Add((k, k + 1, _words.Count, 1));
                        _words.Add(',');
                    }
                }
            }

            i = end;
        }
    }

    private void Segment()
    {
        _chinese.SetReader(new StringReader(_text));
        _chinese.Reset();
        while (_chinese.IncrementToken())
        {
            _tokens.Add((_chineseOffset.StartOffset, _chineseOffset.EndOffset, _words.Count, _chineseTerm.Length));
            _words.AddRange(_chineseTerm.Buffer.AsSpan(0, _chineseTerm.Length));
        }

        _chinese.End();
        _chinese.Dispose(); // closes its reader only, so SetReader works next time
    }

    private enum CharKind
    {
        Letter,
        Digit,
        Other,
    }

    // SmartCn's own classes: ASCII and full-width Latin letters form words, ASCII and full-width digits numbers.
    private static CharKind KindOf(char c)
    {
        var folded = Fold(c);
        if (char.IsAsciiLetter(folded))
        {
            return CharKind.Letter;
        }

        return char.IsAsciiDigit(folded) ? CharKind.Digit : CharKind.Other;
    }

    // Full-width forms to ASCII, then lower case, as SmartCn does.
    private static char Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return char.ToLowerInvariant(c);
    }
}
