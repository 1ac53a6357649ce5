using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core.Answering;
using TutorBot.Core.Evaluation;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>ask-eval --file &lt;queries.jsonl&gt;</c>: runs a labelled query set through the answer pipeline as configured
/// (no LLM, or the LLM in <c>Llm__*</c>) and prints the share answered with a correct first citation, the share of
/// out-of-domain questions declined, prompt tokens (median, max) and the pipeline's overhead (p50, p99).
/// </summary>
internal static class AskEvalCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Option<FileInfo>("--file") { Description = "JSON Lines: {\"q\": \"...\", \"expect\": [\"q05\"]}; [] = out of domain.", Required = true };
        var failures = new Option<bool>("--failures") { Description = "List every question that did not pass." };
        var json = new Option<bool>("--json") { Description = "Print the measures as one JSON object." };
        var command = new Command("ask-eval", "Measure the answer pipeline (citations, declines, prompt size, overhead) on a labelled query set.") { file, failures, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cases = await EvalSetFile.ReadAsync(parse.GetValue(file)!, cancellationToken);

            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var tutor = services.Get<ITutor>();
            var mode = tutor is Tutor { UsesLlm: true } ? "llm" : "extractive";
            // One warm-up question so that one-time costs (dictionary load, JIT, first connection) do not count as overhead.
            await tutor.AnswerAsync(Question.Ask(cases.Count > 0 ? cases[0].Query : "warm-up"), cancellationToken);
            var eval = await new AnswerEvaluator(tutor).EvaluateAsync(cases, mode, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(CliJson.Serialize(eval with { Failures = parse.GetValue(failures) ? eval.Failures : [] }));
                return ExitCodes.Ok;
            }

            var o = Console.Out;
            o.WriteLine($"mode                          {eval.Mode}");
            o.WriteLine($"correct first citation        {eval.CorrectFirstCitation:F3}  ({eval.InDomain} in-domain questions)");
            o.WriteLine($"out-of-domain declined        {eval.OutOfDomainDeclined:F3}  ({eval.OutOfDomain} questions)");
            o.WriteLine($"LLM answers / fallbacks       {eval.LlmAnswers} / {eval.Fallbacks}");
            o.WriteLine($"prompt tokens median / max    {eval.PromptTokensMedian} / {eval.PromptTokensMax}  (estimated)");
            o.WriteLine($"overhead p50 / p99            {eval.OverheadP50Ms:F2} ms / {eval.OverheadP99Ms:F2} ms  (pipeline time outside the LLM call)");
            if (parse.GetValue(failures))
            {
                foreach (var failure in eval.Failures)
                {
                    o.WriteLine($"FAIL  {failure}");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
