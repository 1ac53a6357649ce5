using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TutorBot.Tests.Shared;

/// <summary>
/// Azurite's blob server (the official Azure Storage emulator, found or installed by <see cref="AzuriteLocator"/>) on
/// a free 127.0.0.1 port over a temporary folder, until disposed. Ready once it answers HTTP; a start that does not
/// answer within <see cref="StartTimeout"/> is tried on another port, three times at most. Used by the tests'
/// <c>AzuriteFixture</c> and by the load tool's two-host runs.
/// </summary>
internal sealed class AzuriteServer : IDisposable
{
    // Azurite's well-known development account and key, published in its README: not a secret.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _location = Directory.CreateTempSubdirectory("tutorbot-azurite-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteServer()
    {
    }

    /// <summary>The connection string of the development account on this server.</summary>
    public string ConnectionString { get; private set; } = "";

    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = AzuriteLocator.Find();
        var server = new AzuriteServer();
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            server._process = server.Start(executable, port);
            if (await server.AnswersAsync(port, cancellationToken))
            {
                server.ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{port}/{Account};";
                return server;
            }

            server.Stop();
            if (attempt == 3)
            {
                server.Dispose();
                throw new InvalidOperationException($"Azurite ({executable}) did not answer on 127.0.0.1 within {StartTimeout.TotalSeconds} s: {server._output}");
            }
        }
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Process Start(string executable, int port)
    {
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", _location, "--skipApiVersionCheck", "--loose", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                // Any HTTP answer (403 without a signature) means the server is up.
                using var _ = await http.GetAsync($"http://127.0.0.1:{port}/{Account}?comp=list", cancellationToken);
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(200, cancellationToken);
            }
        }

        return false;
    }

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
        _process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
