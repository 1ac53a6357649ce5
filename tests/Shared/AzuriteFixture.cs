using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Storage.Blobs;

namespace TutorBot.Tests.Shared;

/// <summary>
/// One Azurite blob server for the tests of a test collection: started on 127.0.0.1 at a free port with a temporary
/// folder for its data, awaited until it answers, killed with its folder on dispose. Shared as source by the test
/// projects that need one (each declares its own collection for xunit). When Azurite cannot be found, installed or
/// started, the fixture throws naming the reason, so the tests fail rather than skip.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    // Azurite's well-known development account and key, published in its README: not a secret.
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _location = Directory.CreateTempSubdirectory("tutorbot-azurite-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>The connection string of the running server.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>A container name no other test uses (the store creates it on first use).</summary>
    public static string NewContainerName() => "t" + Guid.NewGuid().ToString("N");

    /// <summary>A client of <paramref name="container"/> on this server, with the SDK's default pipeline.</summary>
    public BlobContainerClient Container(string container, BlobClientOptions? options = null) =>
        new(ConnectionString, container, options ?? new BlobClientOptions());

    public async Task InitializeAsync()
    {
        var executable = AzuriteLocator.Find();
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            _process = Start(executable, port);
            if (await AnswersAsync(port))
            {
                ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};BlobEndpoint=http://127.0.0.1:{port}/{Account};";
                return;
            }

            Stop();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite ({executable}) did not answer on 127.0.0.1 within {StartTimeout.TotalSeconds} s: {_output}");
            }
        }
    }

    public Task DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(_location, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
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

    private async Task<bool> AnswersAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && _process is { HasExited: false })
        {
            try
            {
                // Any HTTP answer (403 without a signature) means the server is up.
                using var _ = await http.GetAsync($"http://127.0.0.1:{port}/{Account}?comp=list");
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
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
