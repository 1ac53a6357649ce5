using System.Diagnostics;
using System.Text;
using TutorBot.Tests.Shared;

namespace TutorBot.Cli.Tests.TestSupport;

/// <summary>
/// Runs the real command-line program (tutorbot.dll, built beside the tests) as a separate process against a
/// temporary copy of the repository's appsettings.json and knowledge folder.
/// </summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Home = Directory.CreateTempSubdirectory("tutorbot-cli-").FullName;
        var repo = RepoRoot();
        File.Copy(Path.Combine(repo, "appsettings.json"), Path.Combine(Home, "appsettings.json"));
        foreach (var file in Directory.GetFiles(Path.Combine(repo, "knowledge"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Home, Path.GetRelativePath(repo, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Home { get; }

    /// <summary>Extra environment variables for the process (e.g. <c>Llm__Provider</c>).</summary>
    public Dictionary<string, string> Environment { get; } = [];

    public static string RepoRoot() => RepositoryRoot.Find();

    public async Task<(int ExitCode, string Out, string Err)> RunAsync(string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = Home,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tutorbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TUTORBOT_HOME"] = Home;
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5)); // a guard against a hang, not a time limit
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
