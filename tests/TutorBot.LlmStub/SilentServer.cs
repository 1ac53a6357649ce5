using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TutorBot.LlmStub;

/// <summary>
/// A TCP server on 127.0.0.1 that accepts every connection and never reads or writes a byte: an LLM endpoint that
/// hangs before HTTP even starts. Counts the connections it accepted; holds them open until disposed.
/// </summary>
public sealed class SilentServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly ConcurrentBag<TcpClient> _held = [];
    private readonly Task _loop;
    private int _accepted;

    public SilentServer()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The base URL to configure as the endpoint, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; }

    /// <summary>How many connections were accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    private async Task AcceptLoopAsync()
    {
        while (true)
        {
            try
            {
                _held.Add(await _listener.AcceptTcpClientAsync());
                Interlocked.Increment(ref _accepted);
            }
            catch (Exception) when (!_listener.Server.IsBound)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        foreach (var client in _held)
        {
            client.Dispose();
        }
    }
}
