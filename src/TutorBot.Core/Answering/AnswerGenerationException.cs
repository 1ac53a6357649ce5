namespace TutorBot.Core.Answering;

/// <summary>The LLM gave no usable reply (timeout, refused, server error, malformed response) after bounded retries.</summary>
public sealed class AnswerGenerationException(string message, Exception? inner = null) : Exception(message, inner);
