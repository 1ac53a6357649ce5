namespace TutorBot.Core.Answering;

/// <summary>
/// One user's session with the tutor: keeps the last turns so that follow-up questions ("why?", "为什么？") are
/// answered in context, starting from <paramref name="earlier"/> turns when it continues a stored history (see
/// <see cref="ConversationHistory"/>). Not thread-safe: one per conversation and turn.
/// </summary>
public sealed class Conversation(ITutor tutor, int maxTurns = 6, IReadOnlyList<Turn>? earlier = null)
{
    private readonly List<Turn> _turns = [.. (earlier ?? []).TakeLast(Math.Max(maxTurns, 0))];

    /// <summary>The kept turns, oldest first.</summary>
    public IReadOnlyList<Turn> Turns => _turns;

    /// <summary>The <see cref="Question"/> for the next message, with the history attached.</summary>
    public Question Next(string text) => new(text, _turns.ToList());

    /// <summary>Remembers an answer as a turn (answers that were not found still count: the user may rephrase).</summary>
    public void Record(GroundedAnswer answer)
    {
        if (maxTurns == 0)
        {
            return;
        }

        _turns.Add(Turn.Of(answer));
        if (_turns.Count > maxTurns)
        {
            _turns.RemoveAt(0);
        }
    }

    /// <summary>Answers <paramref name="text"/> in the context of the conversation and records the turn.</summary>
    public async Task<GroundedAnswer> AskAsync(string text, CancellationToken cancellationToken)
    {
        var answer = await tutor.AnswerAsync(Next(text), cancellationToken);
        Record(answer);
        return answer;
    }

    /// <summary>Streams the answer to <paramref name="text"/> and records the turn when the final chunk arrives.</summary>
    public async IAsyncEnumerable<AnswerChunk> StreamAsync(string text, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var chunk in tutor.StreamAsync(Next(text), cancellationToken))
        {
            if (chunk.Final is { } final)
            {
                Record(final);
            }

            yield return chunk;
        }
    }
}
