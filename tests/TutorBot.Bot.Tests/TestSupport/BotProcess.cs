using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The real bot as a separate process (<c>dotnet TutorBot.Bot.dll</c>, built beside the tests) on a free loopback port,
/// with a content root holding a copy of the repository's appsettings.json, the repository's knowledge, and its index
/// and state in folders under <c>dataRoot</c> that outlive it: for what only a process has (signals, an exit code).
/// <paramref name="settings"/> are passed as environment variables (<c>Llm__Provider</c>, ...).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>What the process wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the bot and waits until <c>/healthz</c> says ready.</summary>
    public static async Task<BotProcess> StartAsync(string dataRoot, IReadOnlyDictionary<string, string> settings)
    {
        var home = Directory.CreateDirectory(Path.Combine(dataRoot, "home")).FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "appsettings.json"), Path.Combine(home, "appsettings.json"), overwrite: true);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TutorBot.Bot.dll"));
        start.Environment["TUTORBOT_HOME"] = home;
        start.Environment["urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Knowledge__Root"] = RepoPaths.Knowledge;
        start.Environment["Retrieval__AliasesFile"] = Path.Combine(RepoPaths.Knowledge, "aliases.txt");
        start.Environment["Retrieval__IndexPath"] = Path.Combine(dataRoot, "index");
        start.Environment["Storage__DataFolder"] = Path.Combine(dataRoot, "state");
        start.Environment["Bot__DataFolder"] = Path.Combine(dataRoot, "bot");
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>Sends a POSIX signal (TERM, INT, KILL) to the process.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {_process.Id} failed");
    }

    /// <summary>True while something accepts TCP connections on the bot's port.</summary>
    public bool AcceptsConnections()
    {
        using var probe = new TcpClient();
        try
        {
            return probe.ConnectAsync(BaseAddress.Host, BaseAddress.Port).Wait(TimeSpan.FromSeconds(1)) && probe.Connected;
        }
        catch (AggregateException)
        {
            return false;
        }
    }

    /// <summary>The exit code, or null when the process still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var health = await Client.GetAsync("/healthz");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot was not ready within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
