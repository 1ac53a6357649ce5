using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Commands;

/// <summary><c>index [--force]</c>: brings the index up to date with the knowledge files, with progress.</summary>
internal static class IndexCommand
{
    public static Command Create(CliServices services)
    {
        var force = new Option<bool>("--force") { Description = "Rebuild even when the index is up to date." };
        var command = new Command("index", "Build the search index from the knowledge files (done automatically when they change).") { force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await CurrentIndex.EnsureAsync(services, parse.GetValue(force), cancellationToken);
            var seconds = Math.Max(report.Elapsed.TotalSeconds, 1e-6);
            Console.Out.WriteLine(report.Outcome switch
            {
                IndexOutcome.Built => $"Indexed {report.Entries:N0} entries in {report.Elapsed.TotalMilliseconds:N0} ms ({report.Entries / seconds:N0} entries/s).",
                IndexOutcome.UpToDate => $"The index is up to date ({report.Entries:N0} entries).",
                _ => "The index was not rebuilt.",
            });
            return report.Problems.Count > 0 ? ExitCodes.UserError : ExitCodes.Ok;
        });
        return command;
    }
}
