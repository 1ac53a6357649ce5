using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Knowledge.Files;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>validate</c>: reads every knowledge file and prints every problem as <c>file:line: message</c> on standard
/// error (exit 1), or a one-line summary on standard output (exit 0).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliServices services)
    {
        var command = new Command("validate", "Check every knowledge file and list all problems as file:line: message.");
        command.SetAction(async (_, cancellationToken) =>
        {
            var source = services.Get<FileKnowledgeSource>();
            var snapshot = await KnowledgeLoading.LoadAsync(source, cancellationToken);
            foreach (var problem in snapshot.Problems)
            {
                var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(source.Root, problem.File));
                Console.Error.WriteLine($"{path}:{Math.Max(1, problem.Line)}: {problem.Message}");
            }

            if (!snapshot.IsValid)
            {
                Console.Error.WriteLine($"{snapshot.Problems.Count} problem(s) in {snapshot.Problems.Select(p => p.File).Distinct().Count()} file(s).");
                return ExitCodes.UserError;
            }

            var packs = snapshot.Entries.Select(e => e.Pack).Distinct(StringComparer.Ordinal).Count();
            var drafts = snapshot.Entries.Count(e => e.Status == Core.Knowledge.EntryStatus.Draft);
            var draftNote = drafts > 0 ? $" ({drafts} draft(s), not served)" : "";
            Console.Out.WriteLine($"OK: {snapshot.Entries.Count} entries in {packs} pack(s){draftNote}, no problems.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
