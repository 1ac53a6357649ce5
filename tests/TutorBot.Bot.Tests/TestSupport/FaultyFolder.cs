using System.Diagnostics;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A data folder on which real file-system faults are produced, for the state store's fault tests:
/// <list type="bullet">
/// <item>full: the folder is a small tmpfs of its own; <see cref="Fill"/> writes a filler file until the kernel says
/// ENOSPC, <see cref="Unfill"/> deletes it. Needs mount (root with CAP_SYS_ADMIN).</item>
/// <item>read-only: <see cref="MakeReadOnly"/> puts a read-only bind mount over the folder (EROFS) where mount is
/// allowed, else takes the write permission away, which stops any user but root; <see cref="MakeWritable"/> undoes it.</item>
/// </list>
/// <see cref="CanFill"/> and <see cref="CanMakeReadOnly"/> say whether this machine allows it; <see cref="Method"/> says how.
/// </summary>
internal sealed class FaultyFolder : IDisposable
{
    private static readonly Lazy<bool> MountAllowed = new(ProbeMount);
    private bool _tmpfs;
    private bool _readOnlyMount;
    private bool _chmodded;

    private FaultyFolder(string path) => Path = path;

    public string Path { get; }

    private string Filler => System.IO.Path.Combine(Path, "filler.bin");

    /// <summary>True where a full disk can be produced (a tmpfs can be mounted).</summary>
    public static bool CanFill => MountAllowed.Value;

    /// <summary>True where a read-only folder can be produced (a read-only bind mount, or chmod for a user other than root).</summary>
    public static bool CanMakeReadOnly => MountAllowed.Value || !Environment.IsPrivilegedProcess;

    /// <summary>How the faults are produced on this machine, for the test output.</summary>
    public static string Method => MountAllowed.Value
        ? "a tmpfs of its own (full) and a read-only bind mount (read-only)"
        : Environment.IsPrivilegedProcess
            ? "a stand-in store (root without mount can produce neither)"
            : "chmod (read-only) and a stand-in store (full: no mount without root)";

    /// <summary>A folder; with <paramref name="tmpfsBytes"/>, a tmpfs of that size mounted on it (see <see cref="CanFill"/>).</summary>
    public static FaultyFolder Create(long? tmpfsBytes = null)
    {
        var folder = new FaultyFolder(Directory.CreateTempSubdirectory("tutorbot-faulty-").FullName);
        if (tmpfsBytes is { } size)
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={size},mode=0777", "tmpfs", folder.Path);
            folder._tmpfs = true;
        }

        return folder;
    }

    /// <summary>Fills the tmpfs until the kernel refuses a write with ENOSPC.</summary>
    public void Fill()
    {
        using var filler = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        foreach (var chunk in new[] { 65536, 4096, 512 })
        {
            var bytes = new byte[chunk];
            try
            {
                while (true)
                {
                    filler.Write(bytes);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
                // ENOSPC at this chunk size; smaller chunks take what is left.
            }
        }
    }

    public void Unfill() => File.Delete(Filler);

    public void MakeReadOnly()
    {
        if (MountAllowed.Value)
        {
            Run("mount", "--bind", Path, Path);
            _readOnlyMount = true;
            Run("mount", "-o", "remount,bind,ro", Path);
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The fault tests produce Linux file-system faults.");
        }

        foreach (var file in Directory.GetFiles(Path))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        _chmodded = true;
    }

    public void MakeWritable()
    {
        if (_readOnlyMount)
        {
            Run("umount", Path);
            _readOnlyMount = false;
        }

        if (_chmodded && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            foreach (var file in Directory.GetFiles(Path))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            _chmodded = false;
        }
    }

    public void Dispose()
    {
        MakeWritable();
        if (_tmpfs)
        {
            TryRun("umount", "-l", Path);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            return false;
        }

        var probe = Directory.CreateTempSubdirectory("tutorbot-mount-probe-").FullName;
        try
        {
            return TryRun("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe) && TryRun("umount", probe);
        }
        finally
        {
            Directory.Delete(probe);
        }
    }

    private static void Run(string program, params string[] args)
    {
        if (!TryRun(program, args, out var error))
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed: {error}");
        }
    }

    private static bool TryRun(string program, params string[] args) => TryRun(program, args, out _);

    private static bool TryRun(string program, string[] args, out string error)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
