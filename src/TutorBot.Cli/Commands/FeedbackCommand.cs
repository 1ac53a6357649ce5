using System.CommandLine;
using System.Globalization;
using System.Text;
using TutorBot.Cli.Hosting;
using TutorBot.Core.Feedback;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>feedback [--since DATE] [--until DATE] [--channel C] [--out file]</c>: the 👍/👎 votes every host stored, from
/// the state store the configuration names (the same one the bots use), as JSON lines, oldest first: to standard
/// output, or to a file. Dates are UTC days, both included; by default the last 30 days, today included.
/// <c>feedback --import file</c>: stores the votes of a JSON-lines file (an older version's <c>feedback.jsonl</c>
/// from a host's disk, or an earlier export); votes already stored are not stored twice. Lines that are not votes
/// are named with file and line, the rest is imported, and the exit code is 1.
/// </summary>
internal static class FeedbackCommand
{
    private const int DefaultDays = 30;

    public static Command Create(CliServices services)
    {
        var since = new Option<string?>("--since") { Description = $"First day, yyyy-MM-dd, UTC (default: the last {DefaultDays} days up to --until)." };
        var until = new Option<string?>("--until") { Description = "Last day, yyyy-MM-dd, UTC (default: today)." };
        var channel = new Option<string?>("--channel") { Description = "Only votes from this channel (msteams, webchat, ...)." };
        var output = new Option<string?>("--out") { Description = "Write the JSON lines to this file instead of standard output." };
        var import = new Option<string?>("--import") { Description = "Store the votes of this JSON-lines file (e.g. an older version's data/bot/feedback.jsonl) instead of listing." };
        var command = new Command("feedback", "The answer votes (👍/👎) of every host, as JSON lines; or import an older feedback.jsonl.")
        {
            since, until, channel, output, import,
        };
        command.SetAction(async (parse, cancellationToken) => parse.GetValue(import) is { } file
            ? await ImportAsync(services, file, cancellationToken)
            : await ListAsync(services, parse.GetValue(since), parse.GetValue(until), parse.GetValue(channel), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> ListAsync(CliServices services, string? since, string? until, string? channel, string? output, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(services.Get<TimeProvider>().GetUtcNow().UtcDateTime);
        var last = Day(until, "--until") ?? today;
        var first = Day(since, "--since") ?? last.AddDays(1 - DefaultDays);
        if (first > last)
        {
            throw new UserErrorException($"--since ({first:yyyy-MM-dd}) is after --until ({last:yyyy-MM-dd})");
        }

        if (last.DayNumber - first.DayNumber + 1 > FeedbackStore.MaxDays)
        {
            throw new UserErrorException($"--since and --until may span at most {FeedbackStore.MaxDays} days");
        }

        var listing = await services.Get<FeedbackStore>().ListAsync(first, last, string.IsNullOrWhiteSpace(channel) ? null : channel.Trim(), cancellationToken);
        var lines = new StringBuilder();
        foreach (var record in listing.Records)
        {
            lines.Append(FeedbackJsonLines.Format(record)).Append('\n');
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            Console.Out.Write(lines.ToString());
        }
        else
        {
            var path = Path.GetFullPath(output.Trim());
            if (Path.GetDirectoryName(path) is { } folder && !Directory.Exists(folder))
            {
                throw new UserErrorException($"--out: the folder {folder} does not exist");
            }

            await File.WriteAllTextAsync(path, lines.ToString(), new UTF8Encoding(false), cancellationToken);
        }

        foreach (var key in listing.Damaged)
        {
            Console.Error.WriteLine($"warning: the stored document {key} could not be read; left out");
        }

        Console.Error.WriteLine($"{listing.Records.Count} vote(s) from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}" + (channel is { Length: > 0 } ? $" on {channel.Trim()}" : ""));
        return ExitCodes.Ok;
    }

    private static async Task<int> ImportAsync(CliServices services, string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file.Trim());
        if (!File.Exists(path))
        {
            throw new UserErrorException($"--import: {path} does not exist");
        }

        var contents = await FeedbackFile.ReadAsync(path, cancellationToken);
        var added = await services.Get<FeedbackStore>().AddAsync(contents.Records, cancellationToken);
        foreach (var problem in contents.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        Console.Out.WriteLine($"Imported {added} new vote(s) of {contents.Records.Count} from {path}; {contents.Records.Count - added} were already stored.");
        return contents.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.UserError;
    }

    private static DateOnly? Day(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new UserErrorException($"{option} must be a date like 2026-11-30, not '{text}'");
    }
}
