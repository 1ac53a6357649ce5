namespace TutorBot.Core.Answering;

/// <summary>
/// Answers questions from the knowledge base, with citations; the one entry point for every channel (command
/// line, bot). Never throws for LLM faults or out-of-domain questions: those are answers too. Safe to call from
/// many threads.
/// </summary>
public interface ITutor
{
    /// <summary>Answers a question. "Not covered" is an answer with <see cref="GroundedAnswer.Answered"/> false.</summary>
    Task<GroundedAnswer> AnswerAsync(Question question, CancellationToken cancellationToken);

    /// <summary>
    /// Answers a question as a stream of text chunks for channels that show text as it arrives. The last chunk
    /// carries the complete <see cref="GroundedAnswer"/>. Without an LLM the whole answer comes as one chunk.
    /// </summary>
    IAsyncEnumerable<AnswerChunk> StreamAsync(Question question, CancellationToken cancellationToken);
}
