using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TutorBot.Core;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Repairs words the Chinese segmenter does not know. SmartCn splits an unknown word into single characters
/// (层归一化 -> 层 归 一 化, KL散度 -> kl 散 度), which match almost anything. This filter takes a run of adjacent
/// single Han characters, first cuts out the words of the knowledge base's own vocabulary (longest first), then
/// joins what is left: two characters become one token (散度), more become overlapping bigrams (层归, 归一, 一化),
/// so the same word matches wherever it appears. A lone character (熵) passes through, and so does a function
/// character (的, 啥, 吗: anything in <c>stopWords</c>), which ends a run and is left for the stop filter.
/// </summary>
internal sealed class HanRunBigramFilter : TokenFilter
{
    private readonly StopWordLookup _stopWords;
    private readonly ChineseVocabulary _vocabulary;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly List<(char Char, int Start, int End)> _run = [];
    private readonly Queue<(string Text, int Start, int End)> _ready = new();
    // The token that ended a run, passed on after the run's words. Kept as its values rather than a captured
    // attribute state (which clones every attribute): the tokenizer clears all attributes before setting the term,
    // offsets and type of a token, and nothing else touches them before it reaches this filter.
    private (string Term, int Start, int End, string Type, int PositionIncrement)? _held;
    private bool _exhausted;

    public HanRunBigramFilter(TokenStream input, StopWordLookup stopWords, ChineseVocabulary vocabulary)
        : base(input)
    {
        _stopWords = stopWords;
        _vocabulary = vocabulary;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_ready.Count > 0)
            {
                Emit(_ready.Dequeue());
                return true;
            }

            if (_held is { } held)
            {
                ClearAttributes();
                _term.SetEmpty().Append(held.Term);
                _offset.SetOffset(held.Start, held.End);
                _type.Type = held.Type;
                _position.PositionIncrement = held.PositionIncrement;
                _held = null;
                return true;
            }

            if (_exhausted)
            {
                return false;
            }

            if (!m_input.IncrementToken())
            {
                _exhausted = true;
                FlushRun();
                continue;
            }

            if (_term.Length == 1 && LanguageDetector.IsHan(_term.Buffer[0]) && !_stopWords.Contains(_term.Buffer, 1))
            {
                if (_run.Count > 0 && _run[^1].End != _offset.StartOffset)
                {
                    FlushRun();
                }

                _run.Add((_term.Buffer[0], _offset.StartOffset, _offset.EndOffset));
                continue;
            }

            if (_run.Count == 0)
            {
                return true;
            }

            _held = (_term.ToString(), _offset.StartOffset, _offset.EndOffset, _type.Type, _position.PositionIncrement);
            FlushRun();
        }
    }

    public override void Reset()
    {
        base.Reset();
        _run.Clear();
        _ready.Clear();
        _held = null;
        _exhausted = false;
    }

    private void FlushRun()
    {
        Span<char> chars = _run.Count <= 256 ? stackalloc char[_run.Count] : new char[_run.Count];
        for (var i = 0; i < _run.Count; i++)
        {
            chars[i] = _run[i].Char;
        }

        var rest = 0;
        for (var i = 0; i < chars.Length;)
        {
            var length = _vocabulary.LongestMatch(chars[i..]);
            if (length == 0)
            {
                i++;
                continue;
            }

            JoinLeftover(rest, i);
            _ready.Enqueue((new string(chars.Slice(i, length)), _run[i].Start, _run[i + length - 1].End));
            i += length;
            rest = i;
        }

        JoinLeftover(rest, chars.Length);
        _run.Clear();
    }

    // Characters run[from..to) matched no known word: two become one token, more become bigrams.
    private void JoinLeftover(int from, int to)
    {
        if (to - from is 1 or 2)
        {
            var text = to - from == 1 ? _run[from].Char.ToString() : new string([_run[from].Char, _run[from + 1].Char]);
            _ready.Enqueue((text, _run[from].Start, _run[to - 1].End));
            return;
        }

        for (var i = from; i + 1 < to; i++)
        {
            _ready.Enqueue((new string([_run[i].Char, _run[i + 1].Char]), _run[i].Start, _run[i + 1].End));
        }
    }

    private void Emit((string Text, int Start, int End) token)
    {
        ClearAttributes();
        _term.SetEmpty().Append(token.Text);
        _offset.SetOffset(token.Start, token.End);
        _position.PositionIncrement = 1;
    }
}
