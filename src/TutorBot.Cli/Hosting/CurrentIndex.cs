using TutorBot.Core.Retrieval;

namespace TutorBot.Cli.Hosting;

/// <summary>
/// Makes the index current before a command searches: builds it when missing or stale, reports knowledge-file
/// problems on standard error, and refuses to go on only when there is no usable index at all.
/// </summary>
internal static class CurrentIndex
{
    public static async Task<IndexReport> EnsureAsync(CliServices services, bool force, CancellationToken cancellationToken)
    {
        var index = services.Get<IKnowledgeIndex>();
        var progress = new ProgressPrinter();
        var report = force
            ? await index.RebuildAsync(progress, cancellationToken)
            : await index.EnsureCurrentAsync(progress, cancellationToken);
        progress.Finish();

        if (report.Problems.Count > 0)
        {
            Console.Error.WriteLine($"The knowledge base has {report.Problems.Count} problem(s):");
            foreach (var problem in report.Problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            Console.Error.WriteLine(report.Entries > 0
                ? $"Still serving the last good index ({report.Entries} entries). Fix the files above and run again."
                : "There is no good index to fall back on. Fix the files above and run again.");
        }

        return report;
    }
}
