using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core.Evaluation;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>grade-eval --file &lt;labels.jsonl&gt;</c>: grades labelled answers with the configured grader (the no-LLM
/// coverage grader unless an LLM is configured) and reports its agreement with the labels.
/// </summary>
internal static class GradeEvalCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Option<FileInfo>("--file") { Description = "JSON Lines (a file, or a folder of .jsonl files): {\"id\": \"q13\", \"label\": \"excellent|partial|wrong|off-topic|empty\", \"answer\": \"...\", \"mistake\": 0}.", Required = true };
        var details = new Option<bool>("--details") { Description = "List every answer with its label and score." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object." };
        var command = new Command("grade-eval", "Measure the answer grader's agreement with labelled answers.") { file, details, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cases = await EvalSetFile.ReadAsync(parse.GetValue(file)!, GraderLabelReader.ReadAsync, cancellationToken);
            var snapshot = await services.Get<IKnowledgeSource>().LoadAsync(cancellationToken);
            GraderEvalReport report;
            try
            {
                report = await GraderEvaluator.EvaluateAsync(services.Get<IAnswerGrader>(), snapshot.Published.ToList(), cases, cancellationToken);
            }
            catch (FormatException ex)
            {
                throw new UserErrorException($"{parse.GetValue(file)!.Name}: {ex.Message}");
            }

            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(CliJson.Serialize(new
                {
                    answers = report.Results.Count,
                    agreement = Math.Round(report.Agreement, 3),
                    pairOrder = Math.Round(report.PairOrder, 3),
                    orderViolations = report.OrderViolations,
                    zeroViolations = report.ZeroViolations.Select(c => c.Line),
                    meanByLabel = report.MeanByLabel.ToDictionary(m => m.Key.ToString(), m => Math.Round(m.Value, 2)),
                }));
            }
            else
            {
                GradeEvalTable.Write(Console.Out, report, parse.GetValue(details));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
