using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The bot host as a separate operating-system process, as it runs in production: <c>dotnet exec TutorBot.Bot.dll</c>
/// (built beside the tests) with <paramref name="home"/> as its content root (a copy of appsettings.json and the
/// knowledge folder, where it keeps its own index), configured only through environment variables, listening on a
/// free loopback port that Kestrel picks (read from its "Now listening on" line, so no port is ever guessed).
/// <see cref="StartAsync"/> returns once <c>/healthz</c> answers 200. Timeouts here are hang guards, not expectations.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    /// <summary>An HTTP client for the host's address, with a hang guard per request.</summary>
    public HttpClient Client { get; private set; } = null!;

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far (standard output and error), for failure messages.</summary>
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

    /// <summary>A new content root: the repository's appsettings.json and knowledge folder copied into a temporary folder.</summary>
    public static string CreateHome()
    {
        var home = Directory.CreateTempSubdirectory("tutorbot-host-").FullName;
        File.Copy(Path.Combine(RepoPaths.Root, "appsettings.json"), Path.Combine(home, "appsettings.json"));
        foreach (var file in Directory.GetFiles(RepoPaths.Knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(home, Path.GetRelativePath(RepoPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return home;
    }

    /// <summary>Starts the host on <paramref name="home"/> with <paramref name="environment"/> and waits until it is ready.</summary>
    public static async Task<BotProcess> StartAsync(string home, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = home,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TutorBot.Bot.dll"));
        start.Environment["TUTORBOT_HOME"] = home;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var host = new BotProcess(new Process { StartInfo = start });
        host._process.OutputDataReceived += (_, e) => host.Record(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            var address = await host.ListeningAsync();
            host.Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
            await host.ReadyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The host's address.</summary>
    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>Sends a POSIX signal (TERM, INT, KILL) to the process.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {_process.Id} failed");
    }

    /// <summary>True while something accepts TCP connections on the host's port.</summary>
    public bool AcceptsConnections()
    {
        using var probe = new System.Net.Sockets.TcpClient();
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

    /// <summary>Ends the process at once with SIGKILL, as a crash or a scaled-in instance would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(guard.Token);
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
        }
    }

    private async Task<Uri> ListeningAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(StartGuard));
        if (first != _listening.Task)
        {
            throw new InvalidOperationException(
                $"The bot host {(_process.HasExited ? $"exited with {_process.ExitCode}" : $"did not listen within {StartGuard.TotalMinutes} minutes")}:\n{Output}");
        }

        return await _listening.Task;
    }

    private async Task ReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartGuard;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100); // polling for readiness, not waiting for an outcome
        }

        throw new InvalidOperationException($"The bot host at {Client.BaseAddress} was not ready within {StartGuard.TotalMinutes} minutes:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
