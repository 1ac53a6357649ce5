using System.CommandLine;
using System.Text;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Intents;
using TutorBot.Core.Interview.Text;
using TutorBot.Core.State;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>chat [--user U] [--new]</c>: an interactive session on the same pipeline as <c>ask</c>, keeping the
/// conversation so that follow-ups ("why?", "为什么？") stay on topic. The history is kept in the state store as the
/// bot keeps it, so a follow-up still works after the program is run again; <c>--new</c> starts afresh. Reads one
/// message per line until end of input, "exit" or "quit"; works with piped input too. "topics" / "有哪些主题" lists
/// the syllabus topics with their number of questions.
/// </summary>
internal static class ChatCommand
{
    private static readonly string[] ExitWords = ["exit", "quit", "退出"];

    public static Command Create(CliServices services)
    {
        var user = new Option<string?>("--user") { Description = "Whose conversation (default: the OS user name)." };
        var fresh = new Option<bool>("--new") { Description = "Forget the earlier conversation and start a new one." };
        var command = new Command("chat", "Talk with TutorBot; follow-up questions keep the topic. Type exit or quit to leave.")
        {
            user, fresh,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var key = ChatKey.CommandLine(CliUser.Id(parse.GetValue(user)));
            var history = services.Get<ConversationHistory>();
            if (parse.GetValue(fresh))
            {
                await history.ForgetAsync(key, cancellationToken);
            }

            var conversation = await history.OpenAsync(key, services.Get<ITutor>(), cancellationToken);
            var interactive = !Console.IsInputRedirected;
            if (interactive)
            {
                Console.Out.WriteLine("TutorBot: ask an ML/LLM interview question (中文或英文). Type exit to leave.");
            }

            while (true)
            {
                if (interactive)
                {
                    Console.Out.Write("> ");
                }

                var line = await Console.In.ReadLineAsync(cancellationToken);
                if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!interactive)
                {
                    Console.Out.WriteLine($"> {line}");
                }

                if (InterviewIntentParser.Parse(line).Kind == InterviewIntentKind.Topics)
                {
                    // The syllabus, as the bot lists it; a mock interview itself is the interview command.
                    var text = new StringBuilder();
                    InterviewTextFormatter.AppendTopics(text, await services.Get<InterviewQuestions>().TopicsAsync(cancellationToken), LanguageDetector.Detect(line));
                    Console.Out.WriteLine(text.ToString());
                    continue;
                }

                var answer = await AnswerPrinter.PrintAsync(Console.Out, conversation.StreamAsync(line, cancellationToken), cancellationToken);
                await history.AppendAsync(key, Turn.Of(answer), cancellationToken);
                Console.Out.WriteLine();
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
