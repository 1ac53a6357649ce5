namespace TutorBot.Benchmarks;

/// <summary>
/// Command line: <c>[all|seed|large|startup] [--entries N] [--threads N] [--keep]</c>. <c>--entries</c> is the size
/// of the generated knowledge base (default 100,000); <c>--threads</c> overrides Retrieval:BuildThreads (default:
/// as configured, 0 = one per core); <c>--keep</c> leaves the temporary workspaces on disk for inspection.
/// </summary>
internal sealed record BenchmarkArguments(string Mode, int Entries, int Threads, bool Keep)
{
    public static readonly string[] Modes = ["all", "seed", "large", "startup"];

    public static BenchmarkArguments Parse(string[] args)
    {
        var mode = "all";
        var entries = 100_000;
        var threads = 0;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--entries":
                    entries = ParseCount(args, ++i, "--entries", 1);
                    break;
                case "--threads":
                    threads = ParseCount(args, ++i, "--threads", 0);
                    break;
                case "--keep":
                    keep = true;
                    break;
                case var m when Modes.Contains(m):
                    mode = m;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'; usage: [{string.Join('|', Modes)}] [--entries N] [--threads N] [--keep]");
            }
        }

        return new BenchmarkArguments(mode, entries, threads, keep);
    }

    private static int ParseCount(string[] args, int i, string name, int min) =>
        i < args.Length && int.TryParse(args[i], out var value) && value >= min
            ? value
            : throw new ArgumentException($"{name} needs a whole number of at least {min}");
}
