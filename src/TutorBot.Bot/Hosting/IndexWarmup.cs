using TutorBot.Core.Retrieval;

namespace TutorBot.Bot.Hosting;

/// <summary>
/// Makes the knowledge index current once at start-up, in the background so that the host starts listening at
/// once; <c>/healthz</c> reports ready when it is done. Knowledge-file problems are logged; the last good index
/// stays in service.
/// </summary>
internal sealed class IndexWarmup(IKnowledgeIndex index, IndexReadiness readiness, ILogger<IndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await index.EnsureCurrentAsync(null, stoppingToken);
            foreach (var problem in report.Problems)
            {
                logger.LogWarning("Knowledge problem: {Problem}", problem);
            }

            logger.LogInformation("Index {Outcome}: {Entries} entries in {ElapsedMs} ms", report.Outcome, report.Entries, report.Elapsed.TotalMilliseconds);
            readiness.MarkReady(report);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            readiness.MarkFailed(new OperationCanceledException("The host stopped before the index was ready."));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The knowledge index could not be loaded");
            readiness.MarkFailed(ex);
        }
    }
}
