using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TutorBot.LlmStub;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (a free port) that answers <c>POST /v1/chat/completions</c> with
/// canned replies: queued ones first (in order), then <see cref="Fallback"/>. Records every request.
/// </summary>
public sealed class OpenAiStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubReply> _queue = new();
    private readonly ConcurrentQueue<StubRequest> _requests = new();

    private OpenAiStub(WebApplication app) => _app = app;

    /// <summary>The base URL to configure as the endpoint, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>The reply when the queue is empty; by default it echoes the first passage (see <see cref="EchoFirstPassage"/>).</summary>
    public Func<StubRequest, StubReply> Fallback { get; set; } = EchoFirstPassage;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<StubRequest> Requests => _requests.ToArray();

    public static async Task<OpenAiStub> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var stub = new OpenAiStub(app);
        app.MapPost("/v1/chat/completions", stub.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First()
            : throw new InvalidOperationException("no server");
        stub.Endpoint = address.TrimEnd('/') + "/v1";
        return stub;
    }

    /// <summary>Queues replies to give, in order, before falling back.</summary>
    public void Enqueue(params StubReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queue.Enqueue(reply);
        }
    }

    /// <summary>
    /// Answers with the first passage's answer text and cites it: "... [1]"; the sentinel when there is no passage.
    /// A query-rewrite request (holding &lt;message&gt;) gets the last conversation line's question plus the message.
    /// </summary>
    public static StubReply EchoFirstPassage(StubRequest request)
    {
        var user = request.User;
        if (Between(user, "<message>", "</message>") is { } message)
        {
            var last = (Between(user, "<conversation>", "</conversation>") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            return StubReply.Text((last.StartsWith("User: ", StringComparison.Ordinal) ? last[6..] + " " : "") + message);
        }

        var start = user.IndexOf("Answer: ", StringComparison.Ordinal);
        if (start < 0)
        {
            return StubReply.Text("NOT_IN_KNOWLEDGE_BASE");
        }

        var end = user.IndexOf("</passage>", start, StringComparison.Ordinal);
        var answer = user[(start + 8)..(end < 0 ? user.Length : end)].Trim();
        return StubReply.Text($"{answer} [1]");
    }

    private static string? Between(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : text[(start + open.Length)..end].Trim();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var request = StubRequest.Parse(context.Request.Path, await reader.ReadToEndAsync());
        _requests.Enqueue(request);
        var reply = _queue.TryDequeue(out var queued) ? queued : Fallback(request);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } after)
        {
            context.Response.Headers.RetryAfter = after.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (reply.RawBody is { } raw)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(raw);
            return;
        }

        if (request.Stream)
        {
            await StreamAsync(context, reply);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-stub",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "stub",
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
        }));
    }

    private static async Task StreamAsync(HttpContext context, StubReply reply)
    {
        context.Response.ContentType = "text/event-stream";
        var size = Math.Max(1, (int)Math.Ceiling(reply.Content.Length / (double)Math.Max(1, reply.StreamChunks)));
        var pieces = Enumerable.Range(0, (reply.Content.Length + size - 1) / size).Select(i => reply.Content.Substring(i * size, Math.Min(size, reply.Content.Length - i * size)));
        var first = true;
        foreach (var piece in pieces)
        {
            object delta = first ? new { role = "assistant", content = piece } : new { content = piece };
            first = false;
            await Event(context, new { id = "chatcmpl-stub", @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub", choices = new[] { new { index = 0, delta, finish_reason = (string?)null } } });
        }

        await Event(context, new { id = "chatcmpl-stub", @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub", choices = new[] { new { index = 0, delta = new { }, finish_reason = "stop" } } });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    private static async Task Event(HttpContext context, object payload)
    {
        await context.Response.WriteAsync("data: " + JsonSerializer.Serialize(payload) + "\n\n");
        await context.Response.Body.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
