namespace TutorBot.Core.Answering;

/// <summary>
/// A piece of a streamed answer. Every chunk but the last carries text to show as it arrives; the last carries
/// <see cref="Final"/>, the complete checked answer, and no text. When <see cref="AnswerChunk.Final"/>'s text differs from the
/// streamed text (the LLM failed midway or cited nothing and the knowledge base's own answer replaced it),
/// <see cref="ReplacesStreamedText"/> is true and a channel should show the final text instead.
/// </summary>
public sealed record AnswerChunk(string Text, GroundedAnswer? Final = null, bool ReplacesStreamedText = false)
{
    /// <summary>True for the last chunk.</summary>
    public bool IsFinal => Final is not null;
}
