using TutorBot.Core.Evaluation;

namespace TutorBot.Cli.Output;

/// <summary>An evaluation report as a small table, optionally followed by the failed queries.</summary>
internal static class EvalTable
{
    public static void Write(TextWriter output, EvalReport report, bool failures)
    {
        output.WriteLine($"{"queries",-14} {"n",4} {"hit@1",6} {"hit@3",6} {"MRR",6}");
        Row(output, "Chinese", report.Chinese);
        Row(output, "English", report.English);
        Row(output, "all in-domain", report.All);
        output.WriteLine($"{"out-of-domain",-14} {report.OutOfDomainQueries,4}  no hits: {report.OutOfDomainRejected:F3}");
        if (!failures)
        {
            return;
        }

        foreach (var failure in report.Failures)
        {
            var expected = failure.Case.OutOfDomain ? "(none)" : string.Join(",", failure.Case.Expect);
            output.WriteLine($"FAIL  {failure.Case.Query}  expected {expected}, got [{string.Join(",", failure.Returned)}]");
        }
    }

    private static void Row(TextWriter output, string name, RankingMetrics m) =>
        output.WriteLine($"{name,-14} {m.Queries,4} {m.HitAt1,6:F3} {m.HitAt3,6:F3} {m.Mrr,6:F3}");
}
