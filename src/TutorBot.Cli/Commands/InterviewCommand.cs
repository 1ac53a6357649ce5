using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Core;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.State;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>interview [--topic X] [--count N] [--user U] [--lang zh|en]</c>: a mock interview on standard input, one
/// answer per line (piped input works). Progress is saved after every line in the state store, so an interview
/// cut off (end of input, Ctrl+C, a crash) is offered again on the next run.
/// </summary>
internal static class InterviewCommand
{
    public static Command Create(CliServices services)
    {
        var topic = new Option<string?>("--topic") { Description = "Only questions on this topic (a tag such as attention, 注意力, softmax)." };
        var count = new Option<int?>("--count") { Description = "Number of questions (default Interview:DefaultQuestionCount, 5)." };
        var user = new Option<string?>("--user") { Description = "Whose interview and repetition schedule (default: the OS user name)." };
        var lang = new Option<string?>("--lang") { Description = "Language of TutorBot's own words: zh or en (default: the topic's language, else English)." };
        var command = new Command("interview", "A mock interview from the knowledge base: answer, hint, skip, repeat or stop; a graded summary at the end.")
        {
            topic, count, user, lang,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var requested = parse.GetValue(count);
            if (requested is < 1)
            {
                throw new UserErrorException("--count must be at least 1");
            }

            var language = CliLanguage.Parse(parse.GetValue(lang)) ?? (parse.GetValue(topic) is { } t ? LanguageDetector.Detect(t) : null);
            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var session = new InterviewSession(
                services.Get<InterviewEngine>(),
                services.Get<InterviewStore>(),
                ChatKey.CommandLine(CliUser.Id(parse.GetValue(user))),
                language);
            return await session.RunAsync(StartText(parse.GetValue(topic), requested), Console.In, Console.Out, cancellationToken);
        });
        return command;
    }

    private static string StartText(string? topic, int? count) =>
        string.Join(' ', new[] { "/interview", topic?.Trim(), count is { } n ? $"{n} questions" : null }.Where(s => !string.IsNullOrEmpty(s)));
}
