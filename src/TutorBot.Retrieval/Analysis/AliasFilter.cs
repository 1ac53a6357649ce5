using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Puts every alias of a phrase beside it, for the index: where the words of an alias phrase appear, the words of
/// each other phrase of its groups are stacked on the positions from the phrase's first word on (word k on
/// position k, past the phrase's end when the alias is longer). The original words stay. Matching is greedy: the
/// longest phrase starting at a word wins, and the words it covers start no other match.
/// <para/>
/// The tokens are the ones Lucene's SynonymFilter makes from the same groups (keeping the originals), term for
/// term and position for position; a test holds the two to that. It exists because SynonymFilter spent a third of
/// an index build: it captures every token of a possible match, decodes each alias from bytes at every
/// occurrence, and its outputs then went through the stemmer one by one. Here a token that starts no alias
/// passes straight through, lookups do not allocate, and the outputs come stemmed (<see cref="AliasRules"/>).
/// </summary>
internal sealed class AliasFilter : TokenFilter
{
    private const string SynonymType = "SYNONYM";
    private readonly AliasRules _rules;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;

    // Tokens read ahead and not yet passed on, and the alias words waiting at each of their positions (a position
    // may lie past the last token read: an alias longer than its phrase). Index 0 is the next position out.
    private readonly List<Held> _held = [];
    private readonly List<List<AliasWord>> _waiting = [];
    private readonly Stack<List<AliasWord>> _spare = new();
    private int _decided; // how many held tokens belong to a match already found (or to none)
    private bool _originalOut; // the token at position 0 has been passed on; its alias words follow
    private int _nextWord;
    private bool _exhausted;
    private (int Start, int End) _lastOffsets; // of the last token passed on, for alias words past the end

    public AliasFilter(TokenStream input, AliasRules rules)
        : base(input)
    {
        _rules = rules;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_decided > 0)
            {
                EmitFromPosition0();
                return true;
            }

            if (_held.Count == 0 && _waiting.Count == 0)
            {
                if (_exhausted || !m_input.IncrementToken())
                {
                    _exhausted = true;
                    return false;
                }

                var first = _rules.Root.Next(Folded());
                if (first is null)
                {
                    _lastOffsets = (_offset.StartOffset, _offset.EndOffset);
                    return true; // the common case: no alias starts here, and nothing is waiting
                }

                _held.Add(Held.Capture(this));
                Match(first);
                continue;
            }

            if (_held.Count == 0)
            {
                if (!_exhausted && m_input.IncrementToken())
                {
                    _held.Add(Held.Capture(this));
                }
                else
                {
                    _exhausted = true;
                    if (EmitPastTheEnd())
                    {
                        return true;
                    }

                    continue;
                }
            }

            Match(_rules.Root.Next(_held[0].Key));
        }
    }

    public override void Reset()
    {
        base.Reset();
        _held.Clear();
        foreach (var words in _waiting)
        {
            Recycle(words);
        }

        _waiting.Clear();
        _decided = 0;
        _originalOut = false;
        _nextWord = 0;
        _exhausted = false;
        _lastOffsets = default;
    }

    // Finds the longest alias phrase starting at held token 0 (whose first word led to node), reading ahead as far
    // as a longer phrase is still possible, and queues its alias words.
    private void Match(AliasRules.Node? node)
    {
        var length = 0;
        AliasWord[][]? outputs = null;
        for (var i = 0; node is not null;)
        {
            if (node.Outputs is not null)
            {
                (length, outputs) = (i + 1, node.Outputs);
            }

            if (!node.HasNext)
            {
                break;
            }

            i++;
            if (i == _held.Count)
            {
                if (_exhausted || !m_input.IncrementToken())
                {
                    _exhausted = true;
                    break;
                }

                _held.Add(Held.Capture(this));
            }

            node = node.Next(_held[i].Key);
        }

        _decided = Math.Max(length, 1);
        foreach (var output in outputs ?? [])
        {
            for (var k = 0; k < output.Length; k++)
            {
                WaitingAt(k).Add(output[k]);
            }
        }
    }

    private List<AliasWord> WaitingAt(int position)
    {
        while (_waiting.Count <= position)
        {
            _waiting.Add(_spare.Count > 0 ? _spare.Pop() : []);
        }

        return _waiting[position];
    }

    // Position 0 holds a token: first the token itself, then the alias words waiting there, stacked on it.
    private void EmitFromPosition0()
    {
        var held = _held[0];
        var words = _waiting.Count > 0 ? _waiting[0] : null;
        ClearAttributes();
        if (!_originalOut)
        {
            _term.SetEmpty().Append(held.Term);
            _position.PositionIncrement = held.PositionIncrement;
            _type.Type = held.Type;
            _originalOut = true;
        }
        else
        {
            SetWord(words![_nextWord++], positionIncrement: 0);
        }

        _offset.SetOffset(held.Start, held.End);
        _lastOffsets = (held.Start, held.End);
        if (words is null || _nextWord >= words.Count)
        {
            _held.RemoveAt(0);
            Advance();
            _decided--;
        }
    }

    // The input has ended and alias words wait past its last token: each position's first word moves one on.
    private bool EmitPastTheEnd()
    {
        var words = _waiting[0];
        if (words.Count == 0)
        {
            Advance();
            return false;
        }

        ClearAttributes();
        SetWord(words[_nextWord], positionIncrement: _nextWord == 0 ? 1 : 0);
        _offset.SetOffset(_lastOffsets.Start, _lastOffsets.End);
        _nextWord++;
        if (_nextWord >= words.Count)
        {
            Advance();
        }

        return true;
    }

    private void Advance()
    {
        if (_waiting.Count > 0)
        {
            Recycle(_waiting[0]);
            _waiting.RemoveAt(0);
        }

        _originalOut = false;
        _nextWord = 0;
    }

    private void SetWord(AliasWord word, int positionIncrement)
    {
        _term.SetEmpty().Append(word.Text);
        _keyword.IsKeyword = word.Stemmed;
        _position.PositionIncrement = positionIncrement;
        _type.Type = SynonymType;
    }

    private void Recycle(List<AliasWord> words)
    {
        words.Clear();
        _spare.Push(words);
    }

    // The current token's text for matching, lower-cased if it is not already (aliases are matched ignoring case).
    private ReadOnlySpan<char> Folded()
    {
        var text = _term.Buffer.AsSpan(0, _term.Length);
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return text.ToString().ToLowerInvariant();
            }
        }

        return text;
    }

    // Key is the text matched against the aliases: the term, lower-cased when it is not already.
    private readonly record struct Held(string Term, string Key, int Start, int End, int PositionIncrement, string Type)
    {
        public static Held Capture(AliasFilter filter)
        {
            var term = filter._term.ToString();
            var folded = filter.Folded();
            return new Held(
                term,
                folded.SequenceEqual(term) ? term : folded.ToString(),
                filter._offset.StartOffset,
                filter._offset.EndOffset,
                filter._position.PositionIncrement,
                filter._type.Type);
        }
    }
}
