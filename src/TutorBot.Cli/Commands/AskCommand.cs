using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core.Answering;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>ask "&lt;question&gt;" [--json]</c>: answers from the knowledge base with numbered sources, through the LLM
/// when one is configured (streamed as it arrives) and from the entries when not.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliServices services)
    {
        var question = new Argument<string>("question") { Description = "The question, in Chinese or English." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: question, answered, mode, answer, citations, grounded." };
        var command = new Command("ask", "Answer a question from the knowledge base, with citations.") { question, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(question) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new UserErrorException("the question is empty: ask \"<question>\".");
            }

            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var tutor = services.Get<ITutor>();
            if (parse.GetValue(json))
            {
                var answer = await tutor.AnswerAsync(Question.Ask(text), cancellationToken);
                Console.Out.WriteLine(CliJson.Serialize(AnswerOutput.From(answer)));
            }
            else
            {
                await AnswerPrinter.PrintAsync(Console.Out, tutor.StreamAsync(Question.Ask(text), cancellationToken), cancellationToken);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
