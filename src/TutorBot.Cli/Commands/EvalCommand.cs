using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core.Evaluation;
using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>eval --file &lt;queries.jsonl&gt;</c>: hit@1, hit@3 and MRR for Chinese and English queries, and the share of
/// out-of-domain queries left without hits.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Option<FileInfo>("--file") { Description = "JSON Lines (a file, or a folder of .jsonl files): {\"q\": \"...\", \"expect\": [\"q05\"]}; [] = out of domain.", Required = true };
        var top = new Option<int>("--top") { Description = "Hits retrieved per query.", DefaultValueFactory = _ => 5 };
        var failures = new Option<bool>("--failures") { Description = "List every query that did not pass." };
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object." };
        var command = new Command("eval", "Measure retrieval quality on a labelled query set.") { file, top, failures, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cases = await EvalSetFile.ReadAsync(parse.GetValue(file)!, cancellationToken);

            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var eval = await new RetrievalEvaluator(services.Get<IKnowledgeSearch>()).EvaluateAsync(cases, parse.GetValue(top), cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(CliJson.Serialize(new { eval.All, eval.Chinese, eval.English, eval.OutOfDomainQueries, eval.OutOfDomainRejected }));
            }
            else
            {
                EvalTable.Write(Console.Out, eval, parse.GetValue(failures));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
