using Microsoft.Extensions.Options;
using TutorBot.Core.Retention;
using TutorBot.Core.State;
using TutorBot.Storage;

namespace TutorBot.Bot.Storage;

/// <summary>
/// Deletes conversations nobody has written for <see cref="StorageOptions.ConversationRetentionDays"/>
/// (<see cref="ConversationRetention"/>): once at start-up, then every <see cref="SweepInterval"/> on the injected
/// <see cref="TimeProvider"/>. Only for a store that can expire documents itself (SQLite); for Azure Blob Storage it
/// says once that the storage account's lifecycle rule does this. Nothing a sweep throws stops the loop.
/// </summary>
internal sealed class RetentionService(IEnumerable<IStateExpiry> stores, TimeProvider clock, IOptions<StorageOptions> options, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(6);

    /// <summary>Sweeps finished so far, for tests.</summary>
    public int CompletedSweeps => Volatile.Read(ref _sweeps);

    private int _sweeps;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = options.Value.ConversationRetentionDays;
        var store = stores.LastOrDefault();
        if (days == 0)
        {
            return;
        }

        if (store is null)
        {
            logger.LogInformation(
                "Storage:ConversationRetentionDays ({Days}) is not applied by this host: this store expires documents with its own lifecycle rule (docs/deploy.md)", days);
            return;
        }

        using var timer = new PeriodicTimer(SweepInterval, clock);
        try
        {
            do
            {
                await SweepAsync(store, days, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepAsync(IStateExpiry store, int days, CancellationToken stoppingToken)
    {
        try
        {
            var deleted = await ConversationRetention.ExpireAsync(store, days, clock.GetUtcNow(), stoppingToken);
            if (deleted > 0)
            {
                logger.LogInformation("Retention: deleted {Count} conversation documents idle for more than {Days} days", deleted, days);
            }
        }
        catch (StateStoreUnavailableException ex)
        {
            logger.LogWarning("Retention sweep skipped, the state store fails: {Error}", ex.Message);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Retention sweep failed; the next runs in {Interval}", SweepInterval);
        }
        finally
        {
            Interlocked.Increment(ref _sweeps);
        }
    }
}
