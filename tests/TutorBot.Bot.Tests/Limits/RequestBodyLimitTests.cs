using System.Net;
using System.Net.Sockets;
using System.Text;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Limits;

/// <summary>
/// The body cap over real HTTP (Kestrel): a chunked body, which declares no length, is cut off at
/// <c>Bot:MaxRequestBytes</c> with 413 and <c>Connection: close</c>; a chunked upload refused for another reason (403)
/// leaves the connection usable for the next request.
/// </summary>
public sealed class RequestBodyLimitTests(KestrelBotHost host) : IClassFixture<KestrelBotHost>
{
    private const int MaxRequestBytes = 256 * 1024;

    [Fact]
    public async Task ChunkedBodyOverTheLimitIsRefusedWith413()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        var chunk = new string('a', MaxRequestBytes + 1024);
        var request = "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + $"{chunk.Length:X}\r\n{chunk}\r\n";

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var response = await ReadHeadAsync(stream);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RefusedChunkedUploadLeavesTheConnectionUsable()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations/0123456789abcdef01234567/activities")
        {
            Content = new ByteArrayContent(new byte[2 * MaxRequestBytes]),
        };
        upload.Headers.TransferEncodingChunked = true;
        upload.Headers.Authorization = new("Bearer", "not-a-token");

        using var refused = await http.SendAsync(upload);
        using var next = await http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.True(next.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, next.StatusCode.ToString());
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var head = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return head.ToString();
    }
}
