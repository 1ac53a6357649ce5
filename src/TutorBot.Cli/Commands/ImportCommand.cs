using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Import;
using TutorBot.Knowledge.Validation;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>import &lt;page.txt&gt; --pack &lt;name&gt; [--out &lt;folder&gt;] [--source &lt;url&gt;] [--force]</c>: turns a scraped
/// Q&amp;A page into draft entry files for review (default folder: <c>&lt;knowledge&gt;/_drafts/&lt;pack&gt;</c>, which the loader skips).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliServices services)
    {
        var page = new Argument<FileInfo>("page") { Description = "The scraped page, UTF-8 text." };
        var pack = new Option<string>("--pack") { Description = "The pack the entries are for (folder name under knowledge/).", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write the drafts (default: knowledge/_drafts/<pack>)." };
        var source = new Option<string?>("--source") { Description = "The page's URL, when the page does not print it." };
        var force = new Option<bool>("--force") { Description = "Overwrite draft files that already exist." };
        var command = new Command("import", "Turn a scraped Q&A page into draft entries for a person to review.") { page, pack, output, source, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = Check(parse.GetValue(page)!, parse.GetValue(pack)!, parse.GetValue(source));
            var folder = parse.GetValue(output)?.FullName
                ?? Path.Combine(services.Get<FileKnowledgeSource>().Root, "_drafts", request.Pack);
            var text = await PageText.ReadAsync(parse.GetValue(page)!.FullName, cancellationToken);
            var imported = PageImporter.Import(text, request);
            if (!imported.Succeeded)
            {
                foreach (var problem in imported.Problems)
                {
                    Console.Error.WriteLine($"error: {problem}");
                }

                return ExitCodes.UserError;
            }

            var outcomes = await DraftWriter.WriteAsync(imported, folder, parse.GetValue(force), cancellationToken);
            ImportReport.Print(imported, outcomes);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ImportRequest Check(FileInfo page, string pack, string? source)
    {
        if (!page.Exists)
        {
            throw new UserErrorException($"the page '{page.FullName}' does not exist");
        }

        if (!IdFormat.IsValidPack(pack))
        {
            throw new UserErrorException($"the pack name '{pack}' may use only lower-case letters, digits, '-' and '_' (not first)");
        }

        if (source is not null && !(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new UserErrorException($"--source '{source}' is not an absolute http(s) URL");
        }

        return new ImportRequest(pack, source);
    }
}
