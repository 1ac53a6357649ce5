namespace TutorBot.LlmStub;

/// <summary>
/// One canned reply. <see cref="Status"/> 200 with <see cref="Content"/> gives a normal chat completion (streamed
/// as server-sent events in <see cref="StreamChunks"/> pieces when the request asks for a stream);
/// <see cref="RawBody"/> replaces the body verbatim (for malformed responses); <see cref="Delay"/> waits before
/// answering; <see cref="RetryAfterSeconds"/> adds a Retry-After header.
/// </summary>
public sealed record StubReply
{
    public int Status { get; init; } = 200;

    public string Content { get; init; } = "";

    public string? RawBody { get; init; }

    public TimeSpan Delay { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public int StreamChunks { get; init; } = 4;

    /// <summary>
    /// For a streamed reply: stop after this many content chunks, with no finish reason and no <c>[DONE]</c>; the body
    /// then ends normally, or the connection is reset when <see cref="CutAbruptly"/>. Null streams the whole reply.
    /// </summary>
    public int? CutAfterChunks { get; init; }

    /// <summary>With <see cref="CutAfterChunks"/>: reset the connection instead of ending the body.</summary>
    public bool CutAbruptly { get; init; }

    /// <summary>For a streamed reply: an event that is not JSON, sent after this many content chunks; the stream then goes on.</summary>
    public int? GarbageAfterChunks { get; init; }

    /// <summary>A normal reply with <paramref name="content"/>.</summary>
    public static StubReply Text(string content) => new() { Content = content };

    /// <summary>An error status with a small OpenAI-style error body.</summary>
    public static StubReply Error(int status, int? retryAfterSeconds = null) => new()
    {
        Status = status,
        RetryAfterSeconds = retryAfterSeconds,
        RawBody = "{\"error\":{\"message\":\"stub error " + status + "\",\"type\":\"server_error\",\"code\":null}}",
    };
}
