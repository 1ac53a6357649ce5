using System.Text;

namespace TutorBot.Core.Answering;

/// <summary>
/// Checks citation markers while an answer streams in: text is passed on as it comes, except an unclosed marker
/// (held until it closes, then checked) and the opening of the reply while it could still turn out to be the
/// not-found sentinel. Not thread-safe; one per answer.
/// </summary>
public sealed class StreamingCitationFilter(int passageCount, string sentinel)
{
    private readonly StringBuilder _pending = new();
    private readonly StringBuilder _raw = new();
    private bool _pastSentinelCheck;

    /// <summary>Everything received so far, unfiltered.</summary>
    public string Raw => _raw.ToString();

    /// <summary>Takes the next piece of the reply and returns the text that can be shown now (possibly empty).</summary>
    public string Push(string delta)
    {
        _raw.Append(delta);
        _pending.Append(delta);
        if (!_pastSentinelCheck)
        {
            var head = _pending.ToString().TrimStart();
            if (head.Length < sentinel.Length && sentinel.StartsWith(head, StringComparison.Ordinal))
            {
                return "";
            }

            if (head.StartsWith(sentinel, StringComparison.Ordinal))
            {
                return "";
            }

            _pastSentinelCheck = true;
        }

        var text = _pending.ToString();
        var emitUpTo = CitationValidator.EndsInsidePossibleMarker(text, out var start) ? start : text.Length;
        while (emitUpTo < text.Length && emitUpTo > 0 && text[emitUpTo - 1] is ' ' or '\t')
        {
            // Hold the space before a marker too: if the marker is dropped, the space goes with it.
            emitUpTo--;
        }

        var ready = text[..emitUpTo];
        _pending.Remove(0, emitUpTo);
        return CitationValidator.Check(ready, passageCount).Text;
    }

    /// <summary>Returns whatever is still held at the end of the reply (nothing when the reply was the sentinel).</summary>
    public string Flush()
    {
        if (!_pastSentinelCheck)
        {
            return "";
        }

        var rest = _pending.ToString();
        _pending.Clear();
        return CitationValidator.Check(rest, passageCount).Text;
    }
}
