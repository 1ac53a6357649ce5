using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TutorBot.LlmStub;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (a free port) that answers <c>POST /v1/chat/completions</c> with
/// canned replies: queued ones first (in order), then <see cref="Fallback"/>. Records every request. Built on
/// HttpListener so that it needs no web framework beside the programs it serves.
/// </summary>
public sealed class OpenAiStub : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<StubReply> _queue = new();
    private readonly ConcurrentQueue<StubRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private OpenAiStub(HttpListener listener, string endpoint)
    {
        _listener = listener;
        Endpoint = endpoint;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The base URL to configure as the endpoint, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The reply when the queue is empty; by default it echoes the first passage (see <see cref="EchoFirstPassage"/>).</summary>
    public Func<StubRequest, StubReply> Fallback { get; set; } = EchoFirstPassage;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<StubRequest> Requests => _requests.ToArray();

    /// <summary>Starts on <paramref name="port"/>, or on a free port when 0.</summary>
    public static Task<OpenAiStub> StartAsync(int port = 0)
    {
        for (var attempt = 0; ; attempt++)
        {
            var chosen = port != 0 ? port : FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{chosen}/");
            try
            {
                listener.Start();
                return Task.FromResult(new OpenAiStub(listener, $"http://127.0.0.1:{chosen}/v1"));
            }
            catch (HttpListenerException) when (port == 0 && attempt < 5)
            {
                // Another process took the free port between the probe and the bind; try another.
                listener.Close();
            }
        }
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

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "";
            if (context.Request.HttpMethod != "POST" || !path.EndsWith("/chat/completions", StringComparison.Ordinal))
            {
                response.StatusCode = 404;
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = StubRequest.Parse(path, await reader.ReadToEndAsync());
            _requests.Enqueue(request);
            var reply = _queue.TryDequeue(out var queued) ? queued : Fallback(request);
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token);
            }

            response.StatusCode = reply.Status;
            if (reply.RetryAfterSeconds is { } after)
            {
                response.AddHeader("Retry-After", after.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (reply.RawBody is { } raw)
            {
                await WriteAsync(response, "application/json", raw);
            }
            else if (request.Stream)
            {
                await StreamAsync(response, reply);
            }
            else
            {
                await WriteAsync(response, "application/json", JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-stub",
                    @object = "chat.completion",
                    created = 1_700_000_000,
                    model = "stub",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = reply.Content }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
                }));
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (its timeout); nothing to answer.
        }
        catch (IOException)
        {
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception)
            {
                // Closing a response whose client already left can throw; the stub does not care.
            }
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    private static async Task StreamAsync(HttpListenerResponse response, StubReply reply)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var size = Math.Max(1, (int)Math.Ceiling(reply.Content.Length / (double)Math.Max(1, reply.StreamChunks)));
        var pieces = Enumerable.Range(0, (reply.Content.Length + size - 1) / size).Select(i => reply.Content.Substring(i * size, Math.Min(size, reply.Content.Length - i * size)));
        var sent = 0;
        foreach (var piece in pieces)
        {
            if (sent == reply.CutAfterChunks)
            {
                if (reply.CutAbruptly)
                {
                    response.Abort();
                }

                return;
            }

            if (sent == reply.GarbageAfterChunks)
            {
                await Send(response, "data: {\"id\": \"chatcmpl-stub\", \"choices\": [ {\"delta\": \n\n");
            }

            object delta = sent == 0 ? new { role = "assistant", content = piece } : new { content = piece };
            sent++;
            await Event(response, new { id = "chatcmpl-stub", @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub", choices = new[] { new { index = 0, delta, finish_reason = (string?)null } } });
        }

        await Event(response, new { id = "chatcmpl-stub", @object = "chat.completion.chunk", created = 1_700_000_000, model = "stub", choices = new[] { new { index = 0, delta = new { }, finish_reason = "stop" } } });
        await Send(response, "data: [DONE]\n\n");
    }

    private static Task Event(HttpListenerResponse response, object payload) =>
        Send(response, "data: " + JsonSerializer.Serialize(payload) + "\n\n");

    private static async Task Send(HttpListenerResponse response, string text)
    {
        await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(text));
        await response.OutputStream.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
            // The loop ends by its listener closing; how it ends does not matter.
        }

        _stop.Dispose();
    }
}
