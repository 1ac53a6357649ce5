using System.CommandLine;
using TutorBot.Charts.Progress;
using TutorBot.Cli.Hosting;
using TutorBot.Core;
using TutorBot.Core.Progress;
using TutorBot.Core.State;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>progress [--user U] [--json] [--chart file.png] [--lang zh|en]</c>: the learner's progress picture (mastery per
/// topic as mean predicted recall, reviews due now and within 7 days, the score trend of their last sessions) as a
/// table, as JSON (<c>{"user", "due_now", "due_week", "topics": [{"topic", "entries", "asked", "mastery"}]}</c>), and
/// optionally drawn as a PNG chart.
/// </summary>
internal static class ProgressCommand
{
    public static Command Create(CliServices services)
    {
        var user = new Option<string?>("--user") { Description = "Whose progress (default: the OS user name)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the chart to this PNG file." };
        var lang = new Option<string?>("--lang") { Description = "Language of the table and chart: zh or en (default en)." };
        var command = new Command("progress", "Your progress: mastery per topic, reviews due, and your recent scores.")
        {
            user, json, chart, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var language = CliLanguage.Parse(parse.GetValue(lang)) ?? Language.English;
            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var progress = await services.Get<LearnerProgress>().ForAsync(ChatKey.CommandLine(CliUser.Id(parse.GetValue(user))), cancellationToken);
            Console.Out.WriteLine(parse.GetValue(json) ? ProgressJson.Serialize(progress, indented: true) : ProgressTableFormatter.Format(progress, language));
            if (parse.GetValue(chart) is { Length: > 0 } path)
            {
                var image = services.Get<ProgressChart>().Render(progress, language);
                await File.WriteAllBytesAsync(Path.GetFullPath(path), image.Png, cancellationToken);
                Console.Error.WriteLine($"Chart written to {Path.GetFullPath(path)} ({image.Width}x{image.Height}).");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
