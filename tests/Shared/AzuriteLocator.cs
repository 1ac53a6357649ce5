using System.Diagnostics;

namespace TutorBot.Tests.Shared;

/// <summary>
/// Finds Azurite's blob server, in this order: the file named by the environment variable <c>AZURITE_BIN</c>;
/// <c>.tools/azurite</c> in the repository (where .ci/run installs it); the per-user cache
/// (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>, then <c>tutorbot/azurite-3.37.0</c>); else installs it there with npm
/// (about 35 s, at most <see cref="InstallTimeout"/>). Outside the build output, so a clean build keeps it.
/// </summary>
internal static class AzuriteLocator
{
    public const string Version = "3.37.0";
    public static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(4);

    private static string Executable => OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";

    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"AZURITE_BIN is '{configured}', which does not exist.");
        }

        var inRepository = BinIn(Path.Combine(RepositoryRoot.Find(), ".tools", "azurite"));
        if (File.Exists(inRepository))
        {
            return inRepository;
        }

        var cache = CacheFolder();
        var cached = BinIn(cache);
        if (!File.Exists(cached))
        {
            Install(cache);
        }

        return cached;
    }

    private static string BinIn(string prefix) => Path.Combine(prefix, "node_modules", ".bin", Executable);

    private static string CacheFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "tutorbot", $"azurite-{Version}");
    }

    private static void Install(string cache)
    {
        // Into a scratch folder first, moved into place only when complete: a cut-short install is never found.
        var scratch = $"{cache}.installing-{Environment.ProcessId}";
        Directory.CreateDirectory(scratch);
        try
        {
            RunNpmInstall(scratch);
            Directory.Move(scratch, cache);
        }
        catch (IOException) when (File.Exists(BinIn(cache)))
        {
            // Another test run installed it meanwhile.
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static void RunNpmInstall(string prefix)
    {
        var npm = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            ArgumentList = { "install", $"azurite@{Version}", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(npm)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The Azure Blob tests need Azurite {Version}, and npm was not found to install it ({e.Message}). Install Node.js and npm, " +
                $"or run `npm i azurite@{Version} --prefix .tools/azurite` in the repository, or set AZURITE_BIN to an azurite-blob executable.", e);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(InstallTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"npm install azurite@{Version} took longer than {InstallTimeout.TotalMinutes} minutes; install it into .tools/azurite by hand.");
            }

            if (process.ExitCode != 0 || !File.Exists(BinIn(prefix)))
            {
                throw new InvalidOperationException($"npm install azurite@{Version} failed (exit {process.ExitCode}): {errors.Result}");
            }
        }
    }
}
