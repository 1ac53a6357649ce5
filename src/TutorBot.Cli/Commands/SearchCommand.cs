using System.CommandLine;
using TutorBot.Cli.Hosting;
using TutorBot.Cli.Output;
using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Commands;

/// <summary><c>search "&lt;query&gt;" [--json] [--top N]</c> and <c>search --stdin --json</c> (one query per line).</summary>
internal static class SearchCommand
{
    public static Command Create(CliServices services)
    {
        var query = new Argument<string?>("query") { Description = "What to look for, in Chinese or English.", Arity = ArgumentArity.ZeroOrOne };
        var stdin = new Option<bool>("--stdin") { Description = "Read one query per line from standard input." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per query." };
        var top = new Option<int>("--top") { Description = "Most hits to show (1 to 100).", DefaultValueFactory = _ => 5 };
        var explain = new Option<bool>("--explain") { Description = "Show the analysed query terms and which ones each entry lacks." };
        var command = new Command("search", "Find the knowledge base entries relevant to a query.") { query, stdin, json, top, explain };

        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(query);
            var fromStdin = parse.GetValue(stdin);
            var count = parse.GetValue(top);
            if (fromStdin == (text is not null))
            {
                throw new UserErrorException("give either a query or --stdin (one of the two).");
            }

            if (count is < 1 or > 100)
            {
                throw new UserErrorException("--top must be between 1 and 100.");
            }

            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0 && report.Problems.Count > 0)
            {
                return ExitCodes.UserError;
            }

            var search = services.Get<IKnowledgeSearch>();
            var queries = fromStdin ? ReadLines(Console.In) : [text!];
            foreach (var q in queries)
            {
                var result = await search.SearchAsync(new SearchQuery(q, count), cancellationToken);
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(CliJson.Serialize(SearchOutput.From(result)));
                }
                else
                {
                    SearchTable.Write(Console.Out, result, parse.GetValue(explain));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
